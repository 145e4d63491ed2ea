package com.agentacademy.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A course: a titled, ordered set of modules in one track, with its prerequisites. */
@Entity
@EntityListeners(PublishedCatalog.Changes.class)
class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Enumerated(EnumType.STRING)
    private Track track;

    private int position;

    private int minutes;

    private String titleEn;

    private String titleZh;

    private String summaryEn;

    private String summaryZh;

    private String prerequisites;

    @Version
    private long version;

    protected Course() {
    }

    Course(String slug) {
        this.slug = slug;
        this.prerequisites = "";
    }

    /** Everything a course says about itself, as {@code course.yml} or the course form states it. */
    record Details(String titleEn, String titleZh, String summaryEn, String summaryZh, Track track, int position,
            int minutes, List<String> prerequisites) {
    }

    void describe(Details details) {
        this.titleEn = details.titleEn();
        this.titleZh = blankToNull(details.titleZh());
        this.summaryEn = blankToNull(details.summaryEn());
        this.summaryZh = blankToNull(details.summaryZh());
        this.track = details.track();
        this.position = details.position();
        this.minutes = details.minutes();
        this.prerequisites = String.join(",", details.prerequisites());
    }

    Details details() {
        return new Details(titleEn, titleZh, summaryEn, summaryZh, track, position, minutes, getPrerequisites());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String title(Locale locale) {
        return ContentLocale.of(locale) == ContentLocale.ZH_CN && titleZh != null ? titleZh : titleEn;
    }

    public String summary(Locale locale) {
        return ContentLocale.of(locale) == ContentLocale.ZH_CN && summaryZh != null ? summaryZh : summaryEn;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Track getTrack() {
        return track;
    }

    public int getPosition() {
        return position;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getSummaryZh() {
        return summaryZh;
    }

    public List<String> getPrerequisites() {
        return prerequisites == null || prerequisites.isBlank() ? List.of()
                : Arrays.stream(prerequisites.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public long getVersion() {
        return version;
    }
}

package com.agentacademy.catalog;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A trainer's course form: what {@code course.yml} says, in the browser. */
class CourseForm {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{authoring.slug.pattern}")
    private String slug;

    @NotBlank
    @Size(max = 200)
    private String titleEn;

    @Size(max = 200)
    private String titleZh;

    @Size(max = 1000)
    private String summaryEn;

    @Size(max = 1000)
    private String summaryZh;

    @NotNull
    private Track track = Track.PRODUCTS;

    @Min(0)
    @Max(10_000)
    private int position = 100;

    @Min(0)
    @Max(100_000)
    private int minutes;

    @Size(max = 1000)
    private String prerequisites = "";

    static CourseForm of(Course course) {
        var form = new CourseForm();
        form.slug = course.getSlug();
        form.titleEn = course.getTitleEn();
        form.titleZh = course.getTitleZh();
        form.summaryEn = course.getSummaryEn();
        form.summaryZh = course.getSummaryZh();
        form.track = course.getTrack();
        form.position = course.getPosition();
        form.minutes = course.getMinutes();
        form.prerequisites = String.join(", ", course.getPrerequisites());
        return form;
    }

    Course.Details toDetails() {
        return new Course.Details(titleEn.strip(), titleZh, summaryEn, summaryZh, track, position, minutes,
                prerequisiteSlugs());
    }

    List<String> prerequisiteSlugs() {
        return prerequisites == null ? List.of()
                : Arrays.stream(prerequisites.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getSummaryZh() {
        return summaryZh;
    }

    public void setSummaryZh(String summaryZh) {
        this.summaryZh = summaryZh;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(String prerequisites) {
        this.prerequisites = prerequisites;
    }
}

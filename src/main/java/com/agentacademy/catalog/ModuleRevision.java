package com.agentacademy.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One version of a module in one language: its Markdown and the HTML rendered from it once, when
 * the revision was saved. Published revisions never change; a draft changes until it is published.
 */
@Entity
@EntityListeners(PublishedCatalog.Changes.class)
class ModuleRevision {

    enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long moduleId;

    private String locale;

    private int number;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String title;

    private int minutes;

    @Column(columnDefinition = "mediumtext")
    private String markdown;

    @Column(columnDefinition = "mediumtext")
    private String html;

    @Column(columnDefinition = "mediumtext")
    private String toc;

    @Column(columnDefinition = "mediumtext")
    private String plainText;

    private boolean majorChange;

    private String changeSummary;

    private String sourceHash;

    private Long authorId;

    private Instant createdAt;

    private Instant publishedAt;

    @Version
    private long version;

    protected ModuleRevision() {
    }

    ModuleRevision(long moduleId, ContentLocale locale, int number, Long authorId, Clock clock) {
        this.moduleId = moduleId;
        this.locale = locale.tag();
        this.number = number;
        this.status = Status.DRAFT;
        this.authorId = authorId;
        this.createdAt = clock.instant();
    }

    /** Replaces the content of a draft. */
    void write(String title, int minutes, String markdown, RenderedModule rendered) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("a published revision never changes");
        }
        this.title = title.strip();
        this.minutes = minutes;
        this.markdown = markdown;
        this.html = rendered.html();
        this.toc = TocText.format(rendered.toc());
        this.plainText = rendered.plainText();
    }

    void markChange(boolean major, String summary) {
        this.majorChange = major;
        this.changeSummary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    void importedFrom(String hash) {
        this.sourceHash = hash;
    }

    void publish(Clock clock) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("already published");
        }
        this.status = Status.PUBLISHED;
        this.publishedAt = clock.instant();
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    List<RenderedModule.TocEntry> tableOfContents() {
        return TocText.parse(toc);
    }

    public Long getId() {
        return id;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public String getLocale() {
        return locale;
    }

    ContentLocale contentLocale() {
        return ContentLocale.ofTag(locale);
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }

    public String getPlainText() {
        return plainText;
    }

    public boolean isMajorChange() {
        return majorChange;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    String getSourceHash() {
        return sourceHash;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}

package com.agentacademy.catalog;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A record of one content import: when, who asked, what changed and every problem found. */
@Entity
@jakarta.persistence.Table(name = "content_import")
class ContentImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    private Instant startedAt;

    private Instant finishedAt;

    private Long personId;

    private String summary;

    @Column(columnDefinition = "mediumtext")
    private String problems;

    protected ContentImportRun() {
    }

    ContentImportRun(String kind, Instant startedAt, Instant finishedAt, Long personId, String summary,
            List<String> problems) {
        this.kind = kind;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.personId = personId;
        this.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        this.problems = String.join("\n", problems);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getProblems() {
        return problems == null || problems.isEmpty() ? List.of() : List.of(problems.split("\n"));
    }
}

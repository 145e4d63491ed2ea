package com.agentacademy.onboarding;

import java.time.Clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * An onboarding program as it stands now: its plan, kept in the file layout, and the number of
 * its newest revision. Every change, from the file or the browser, is a new {@link ProgramRevision}.
 */
@Entity
class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Column(columnDefinition = "mediumtext")
    private String content;

    private int revisionNumber;

    private String sourceHash;

    @Version
    private long version;

    @Transient
    private ProgramPlan plan;

    protected Program() {
    }

    /** A new program whose first revision is its plan; save it, then record {@link #firstRevision}. */
    Program(String slug, ProgramPlan plan) {
        this.slug = slug;
        this.content = ProgramYaml.write(plan);
        this.plan = plan;
        this.revisionNumber = 1;
    }

    /** The revision that records a new program's plan, once the program has its id. */
    ProgramRevision firstRevision(ProgramRevision.Origin origin, Long personId, Clock clock) {
        return new ProgramRevision(id, 1, content, origin, personId, null, null, null, clock);
    }

    /**
     * Makes the plan the program's current one and answers the revision that records it, to be saved.
     *
     * @param replacedNumber the revision of browser edits a file import replaces, or {@code null}
     * @param restoredNumber the earlier revision a restore brings back, or {@code null}
     */
    ProgramRevision revise(ProgramPlan plan, ProgramRevision.Origin origin, Long personId, String note,
            Integer replacedNumber, Integer restoredNumber, Clock clock) {
        this.content = ProgramYaml.write(plan);
        this.plan = plan;
        this.revisionNumber++;
        return new ProgramRevision(id, revisionNumber, content, origin, personId, note, replacedNumber,
                restoredNumber, clock);
    }

    /** Remembers the file as imported, so that the next import of the same file changes nothing. */
    void importedFrom(String hash) {
        this.sourceHash = hash;
    }

    boolean isAsImported(String hash) {
        return hash.equals(sourceHash);
    }

    /** Whether the plan is what this program says already. */
    boolean says(ProgramPlan other) {
        return ProgramYaml.write(other).equals(content);
    }

    public ProgramPlan plan() {
        if (plan == null) {
            plan = ProgramRevision.planOf(content);
        }
        return plan;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getContent() {
        return content;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }
}

package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One version of a program, never changed: who made it, when, from where, and the whole plan. */
@Entity
class ProgramRevision {

    /** Where a revision came from. */
    enum Origin {
        /** the program's file in {@code courses/_programs/} */
        FILE,
        /** a trainer's edit in the browser */
        BROWSER,
        /** a trainer brought back an earlier revision */
        RESTORED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long programId;

    private int number;

    @Column(columnDefinition = "mediumtext")
    private String content;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private Long personId;

    private Instant createdAt;

    private String note;

    private Integer replacedNumber;

    private Integer restoredNumber;

    protected ProgramRevision() {
    }

    /**
     * @param replacedNumber for a file import that replaced browser edits, the revision it replaced
     * @param restoredNumber for a restore, the revision brought back
     */
    ProgramRevision(long programId, int number, String content, Origin origin, Long personId, String note,
            Integer replacedNumber, Integer restoredNumber, Clock clock) {
        this.programId = programId;
        this.number = number;
        this.content = content;
        this.origin = origin;
        this.personId = personId;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.replacedNumber = replacedNumber;
        this.restoredNumber = restoredNumber;
        this.createdAt = clock.instant();
    }

    static ProgramPlan planOf(String content) {
        return ProgramYaml.read(content, "stored program", ProgramReferences.trusted()).plan()
                .orElseThrow(() -> new IllegalStateException("A stored program does not read back"));
    }

    ProgramPlan plan() {
        return planOf(content);
    }

    /** Whether this revision holds changes made in the browser, which a file import would replace. */
    boolean isBrowserEdit() {
        return origin != Origin.FILE;
    }

    public Long getId() {
        return id;
    }

    public Long getProgramId() {
        return programId;
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Long getPersonId() {
        return personId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNote() {
        return note;
    }

    public Integer getReplacedNumber() {
        return replacedNumber;
    }

    public Integer getRestoredNumber() {
        return restoredNumber;
    }
}

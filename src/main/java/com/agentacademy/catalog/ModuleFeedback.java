package com.agentacademy.catalog;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An agent's report of a problem in a module, or a suggestion to improve it: the collect, analyse,
 * answer loop of the service manual. Trainers move it from new to accepted, fixed or declined and
 * answer; the agent sees the answer.
 */
@Entity
class ModuleFeedback {

    enum Kind {
        PROBLEM, SUGGESTION
    }

    enum Status {
        NEW, ACCEPTED, FIXED, DECLINED
    }

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long moduleId;

    private Long personId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String text;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String answer;

    private Long answeredBy;

    private Instant createdAt;

    private Instant answeredAt;

    @Version
    private long version;

    protected ModuleFeedback() {
    }

    ModuleFeedback(long moduleId, long personId, Kind kind, String text, Clock clock) {
        this.moduleId = moduleId;
        this.personId = personId;
        this.kind = kind;
        this.text = text.strip();
        this.status = Status.NEW;
        this.createdAt = clock.instant();
    }

    void answer(Status status, String answer, long trainerId, Clock clock) {
        this.status = status;
        this.answer = answer == null || answer.isBlank() ? null : answer.strip();
        this.answeredBy = trainerId;
        this.answeredAt = clock.instant();
    }

    public Long getId() {
        return id;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Status getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public long getVersion() {
        return version;
    }
}

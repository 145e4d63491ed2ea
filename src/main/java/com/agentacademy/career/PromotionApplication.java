package com.agentacademy.career;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A request to move a person up (or sideways) on the ladder, from the person or nominated by their
 * supervisor. It moves SUBMITTED → RECOMMENDED → APPROVED, or ends at NOT_YET (the supervisor's
 * feedback), DECLINED (HR) or WITHDRAWN (the person). Each step is guarded here; the version stops
 * two people deciding the same application at once.
 */
@Entity
class PromotionApplication {

    enum State {
        SUBMITTED, RECOMMENDED, NOT_YET, APPROVED, DECLINED, WITHDRAWN;

        boolean isOpen() {
            return this == SUBMITTED || this == RECOMMENDED;
        }
    }

    /** A step that the application's state does not allow; the key names the reason for the reader. */
    static final class StepRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StepRefused(String messageKey) {
            super(messageKey);
        }
    }

    static final Set<State> CLOSED = EnumSet.of(State.NOT_YET, State.APPROVED, State.DECLINED, State.WITHDRAWN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    private String fromLevel;

    private String toLevel;

    @Enumerated(EnumType.STRING)
    private State state;

    private Long openKey;

    private Long nominatedBy;

    private String motivation;

    private Instant createdAt;

    private Long reviewerId;

    private String reviewNotes;

    private Instant reviewedAt;

    private Long deciderId;

    private String decisionNote;

    private Instant decidedAt;

    @Version
    private long version;

    protected PromotionApplication() {
    }

    PromotionApplication(long personId, String fromLevel, String toLevel, Long nominatedBy, String motivation,
            Clock clock) {
        this.personId = personId;
        this.fromLevel = fromLevel;
        this.toLevel = toLevel;
        this.nominatedBy = nominatedBy;
        this.motivation = motivation.strip();
        this.state = State.SUBMITTED;
        this.openKey = personId;
        this.createdAt = clock.instant();
    }

    void recommend(long reviewer, String notes, Clock clock) {
        review(reviewer, notes, clock);
        this.state = State.RECOMMENDED;
    }

    void notYet(long reviewer, String feedback, Clock clock) {
        review(reviewer, feedback, clock);
        close(State.NOT_YET);
    }

    private void review(long reviewer, String notes, Clock clock) {
        if (state != State.SUBMITTED) {
            throw new StepRefused("career.refused.already-reviewed");
        }
        this.reviewerId = reviewer;
        this.reviewNotes = notes.strip();
        this.reviewedAt = clock.instant();
    }

    void approve(long decider, String note, Clock clock) {
        decide(decider, note, clock);
        close(State.APPROVED);
    }

    void decline(long decider, String note, Clock clock) {
        decide(decider, note, clock);
        close(State.DECLINED);
    }

    private void decide(long decider, String note, Clock clock) {
        if (state == State.APPROVED || state == State.DECLINED) {
            throw new StepRefused("career.refused.already-decided");
        }
        if (state != State.RECOMMENDED) {
            throw new StepRefused("career.refused.not-recommended");
        }
        this.deciderId = decider;
        this.decisionNote = note.strip();
        this.decidedAt = clock.instant();
    }

    void withdraw(Clock clock) {
        if (!state.isOpen()) {
            throw new StepRefused("career.refused.closed");
        }
        this.decidedAt = clock.instant();
        close(State.WITHDRAWN);
    }

    private void close(State closed) {
        this.state = closed;
        this.openKey = null;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getFromLevel() {
        return fromLevel;
    }

    public String getToLevel() {
        return toLevel;
    }

    public State getState() {
        return state;
    }

    public Long getNominatedBy() {
        return nominatedBy;
    }

    public String getMotivation() {
        return motivation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public String getReviewNotes() {
        return reviewNotes;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Long getDeciderId() {
        return deciderId;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isOpen() {
        return state.isOpen();
    }
}

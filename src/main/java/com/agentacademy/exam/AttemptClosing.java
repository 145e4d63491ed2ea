package com.agentacademy.exam;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.security.AuditTrail;

/**
 * Closes open attempts: the person's submit, the page at zero and the sweeper all come here, and
 * whichever comes first wins; the others find the attempt closed and change nothing.
 */
@Service
class AttemptClosing {

    /** Who or what closed an attempt. */
    static final String BY_PERSON = "PERSON";
    static final String BY_TIME_LIMIT = "TIME_LIMIT";
    static final String BY_SWEEPER = "SWEEPER";

    private final AttemptStore store;
    private final AttemptGrading grading;
    private final AuditTrail audit;

    AttemptClosing(AttemptStore store, AttemptGrading grading, AuditTrail audit) {
        this.store = store;
        this.grading = grading;
        this.audit = audit;
    }

    /** Submits the attempt as finished at {@code at} and grades it; {@code false} if it was already closed. */
    @Transactional
    boolean finish(Attempt attempt, Instant at, String by) {
        if (!store.close(attempt.id(), AttemptStatus.FINISHED, at, by, Grading.PENDING)) {
            return false;
        }
        grading.gradeClosed(attempt.id());
        record(attempt, "finished", by);
        return true;
    }

    /** Closes the attempt without a result; {@code false} if it was already closed. */
    @Transactional
    boolean abandon(Attempt attempt, Instant at, String by) {
        if (!store.close(attempt.id(), AttemptStatus.ABANDONED, at, by, Grading.NONE)) {
            return false;
        }
        record(attempt, "abandoned", by);
        return true;
    }

    /** The person's own submit (or their page's at zero) is theirs; the sweeper's is the system's. */
    private void record(Attempt attempt, String outcome, String by) {
        long attemptId = attempt.id();
        String details = outcome + ", by " + by + ", exam " + attempt.examId() + ", person " + attempt.personId();
        if (BY_SWEEPER.equals(by)) {
            audit.recordBySystem("EXAM_CLOSED_BY_SWEEPER", "attempt:" + attemptId, details);
        }
        else {
            audit.record(attempt.personId(), "EXAM_SUBMITTED", "attempt:" + attemptId, details);
        }
    }
}

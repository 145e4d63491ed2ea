package com.agentacademy.exam;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    AttemptClosing(AttemptStore store, AttemptGrading grading) {
        this.store = store;
        this.grading = grading;
    }

    /** Submits the attempt as finished at {@code at} and grades it; {@code false} if it was already closed. */
    @Transactional
    boolean finish(long attemptId, Instant at, String by) {
        if (!store.close(attemptId, AttemptStatus.FINISHED, at, by, Grading.PENDING)) {
            return false;
        }
        grading.gradeClosed(attemptId);
        return true;
    }

    /** Closes the attempt without a result; {@code false} if it was already closed. */
    @Transactional
    boolean abandon(long attemptId, Instant at, String by) {
        return store.close(attemptId, AttemptStatus.ABANDONED, at, by, Grading.NONE);
    }
}

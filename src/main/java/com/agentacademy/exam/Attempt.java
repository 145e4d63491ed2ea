package com.agentacademy.exam;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt of one person at one exam, as stored. The settings that decide its fate (time limit,
 * expiry policy, pass mark) are copied at the start, so changing the exam later does not change a
 * running attempt's rules; extra time granted later does.
 */
record Attempt(long id, long examId, long personId, int number, AttemptStatus status, Instant startedAt,
        Instant deadline, int timeLimitMinutes, int extraMinutes, TimeExpiry timeExpiry, int graceMinutes,
        int passMarkPercent, Instant finishedAt, String finishedBy, Grading grading, Double score, Double maxScore,
        Double percent, Boolean passed, Instant gradedAt) {

    /** How late a save or submit may arrive after the deadline and still count: the time a request takes. */
    static final Duration NETWORK_ALLOWANCE = Duration.ofSeconds(5);

    /** Until when the attempt may still be submitted: the deadline, plus the grace minutes of a grace policy. */
    public Instant closesAt() {
        return timeExpiry == TimeExpiry.GRACE ? deadline.plus(Duration.ofMinutes(graceMinutes)) : deadline;
    }

    /** Whether answers may still change at {@code now}. */
    public boolean acceptsAnswersAt(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && now.isBefore(deadline.plus(NETWORK_ALLOWANCE));
    }

    public boolean isFinal() {
        return grading == Grading.FINAL;
    }
}

package com.agentacademy.exam;

import java.time.Instant;

/**
 * Extra time and extra attempts one person has at one exam, for example for a disability, a
 * language need or a technical failure during an attempt.
 */
record Accommodation(long personId, long examId, int extraMinutes, int extraAttempts, String reason, long grantedBy,
        Instant grantedAt) {

    static Accommodation none(long personId, long examId) {
        return new Accommodation(personId, examId, 0, 0, "", 0, null);
    }
}

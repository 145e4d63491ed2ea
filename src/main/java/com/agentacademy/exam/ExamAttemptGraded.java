package com.agentacademy.exam;

import java.time.Instant;

/**
 * An attempt's result became final, or changed after a regrade. Certification listens for passes.
 *
 * @param attemptId the attempt
 * @param personId who took it
 * @param examSlug which exam
 * @param certificationId what a pass grants, or {@code null}
 * @param passed whether the final score reached the pass mark
 * @param percent the final score in percent
 * @param finishedAt when the attempt was submitted
 */
public record ExamAttemptGraded(long attemptId, long personId, String examSlug, String certificationId,
        boolean passed, double percent, Instant finishedAt) {
}

package com.agentacademy.exam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finished, graded attempts written straight into the tables as the exam module leaves them, for
 * other modules' tests that need results without taking exams (the person's next attempt number,
 * a score out of 100, graded when finished).
 */
public final class GradedAttempts {

    private GradedAttempts() {
    }

    /** Writes the attempt and answers its id. */
    public static long insert(JdbcClient jdbc, long personId, String examSlug, boolean passed, double percent,
            Instant finishedAt) {
        long exam = jdbc.sql("SELECT id FROM exam WHERE slug = ?").param(examSlug).query(Long.class).single();
        int number = jdbc.sql("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND person_id = ?")
                .params(exam, personId).query(Integer.class).single() + 1;
        LocalDateTime finished = LocalDateTime.ofInstant(finishedAt, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO exam_attempt (exam_id, person_id, number, status, started_at, deadline, time_limit_minutes,
                    extra_minutes, time_expiry, grace_minutes, pass_mark_percent, finished_at, grading, score, max_score,
                    percent, passed, graded_at)
                VALUES (?, ?, ?, 'FINISHED', ?, ?, 30, 0, 'AUTOSUBMIT', 0, 60, ?, 'FINAL', ?, 100, ?, ?, ?)
                """).params(exam, personId, number, finished.minusMinutes(20), finished.plusMinutes(10), finished, percent,
                percent, passed, finished).update();
        return jdbc.sql("SELECT MAX(id) FROM exam_attempt").query(Long.class).single();
    }
}

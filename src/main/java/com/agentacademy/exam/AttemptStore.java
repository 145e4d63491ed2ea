package com.agentacademy.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.agentacademy.security.StoredTime;

/**
 * Attempts, their drawn questions and their answers, in plain SQL: the answer of a question is
 * written by one single-row upsert that checks, in the same statement, that the attempt belongs to
 * the person, is still open for changes, and that the answer is newer than the one stored.
 */
@Repository
class AttemptStore {

    /** A question of an attempt with its grade. */
    record AttemptQuestion(int position, long questionId, long revisionId, String choiceOrder, Double score,
            Long gradedRevisionId, Long gradedBy, Instant gradedAt, String rubricPoints, String graderComment) {
    }

    /** The stored answer of a question; {@code response} is {@code null} when it was cleared. */
    record Answer(int position, String response, boolean flagged, long sequence, Instant savedAt) {
    }

    private static final String COLUMNS = "id, exam_id, person_id, number, status, started_at, deadline, "
            + "time_limit_minutes, extra_minutes, time_expiry, grace_minutes, pass_mark_percent, finished_at, "
            + "finished_by, grading, score, max_score, percent, passed, graded_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AttemptStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Attempt> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE id = ?").param(id)
                .query(AttemptStore::attempt).optional();
    }

    Optional<Attempt> findOpen(long examId, long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE open_key = ?").param(openKey(examId, personId))
                .query(AttemptStore::attempt).optional();
    }

    /** The person's attempts at any exam, newest first. */
    List<Attempt> ofPerson(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE person_id = ? ORDER BY started_at DESC")
                .param(personId).query(AttemptStore::attempt).list();
    }

    /**
     * Stores a new open attempt; fails with a duplicate-key error when the person already has an
     * open attempt at the exam or someone else took this attempt number first.
     */
    long insert(long examId, long personId, int number, Instant startedAt, Instant deadline, int timeLimitMinutes,
            int extraMinutes, TimeExpiry timeExpiry, int graceMinutes, int passMarkPercent) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO exam_attempt (exam_id, person_id, number, open_key, status, started_at, deadline,
                    time_limit_minutes, extra_minutes, time_expiry, grace_minutes, pass_mark_percent, grading)
                VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, ?, ?, ?, 'NONE')
                """)
                .params(examId, personId, number, openKey(examId, personId), StoredTime.of(startedAt), StoredTime.of(deadline),
                        timeLimitMinutes, extraMinutes, timeExpiry.name(), graceMinutes, passMarkPercent)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stores the drawn questions at positions 1, 2, … in one batch. */
    void insertQuestions(long attemptId, List<AttemptDraw.Drawn> drawn) {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            AttemptDraw.Drawn question = drawn.get(i);
            rows.add(new Object[] { attemptId, i + 1, question.questionId(), question.revisionId(), question.choiceOrder() });
        }
        batch.batchUpdate("""
                INSERT INTO attempt_question (attempt_id, position, question_id, revision_id, choice_order)
                VALUES (?, ?, ?, ?, ?)
                """, rows);
    }

    List<AttemptQuestion> questions(long attemptId) {
        return jdbc.sql("""
                SELECT position, question_id, revision_id, choice_order, score, graded_revision_id, graded_by,
                    graded_at, rubric_points, grader_comment
                FROM attempt_question WHERE attempt_id = ? ORDER BY position
                """).param(attemptId).query((rs, row) -> new AttemptQuestion(rs.getInt(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), nullableDouble(rs, 5), nullableLong(rs, 6), nullableLong(rs, 7),
                StoredTime.instant(rs, 8), rs.getString(9), rs.getString(10))).list();
    }

    /** The revision shown at each position, position 1 first. */
    List<Long> revisionIds(long attemptId) {
        return jdbc.sql("SELECT revision_id FROM attempt_question WHERE attempt_id = ? ORDER BY position")
                .param(attemptId).query(Long.class).list();
    }

    List<Answer> answers(long attemptId) {
        return jdbc.sql("SELECT position, response, flagged, sequence, saved_at FROM attempt_answer WHERE attempt_id = ?")
                .param(attemptId).query((rs, row) -> new Answer(rs.getInt(1), rs.getString(2), rs.getBoolean(3),
                        rs.getLong(4), StoredTime.instant(rs, 5)))
                .list();
    }

    /**
     * Writes one answer if the attempt is the person's, in progress, not past its deadline by more
     * than the network allowance, and has a question at this position. An answer older than the
     * stored one (a lower sequence) leaves the stored one as it is. One statement, one row.
     *
     * @return 0 when the attempt refused the answer (closed, past the deadline, not the person's)
     */
    int saveAnswer(long attemptId, long personId, int position, String response, boolean flagged, long sequence,
            Instant now) {
        return jdbc.sql("""
                INSERT INTO attempt_answer (attempt_id, position, response, flagged, sequence, saved_at)
                SELECT a.id, q.position, ?, ?, ?, ?
                FROM exam_attempt a JOIN attempt_question q ON q.attempt_id = a.id AND q.position = ?
                WHERE a.id = ? AND a.person_id = ? AND a.status = 'IN_PROGRESS' AND a.deadline > ?
                ON DUPLICATE KEY UPDATE
                    response = CASE WHEN attempt_answer.sequence < VALUES(sequence) THEN VALUES(response) ELSE attempt_answer.response END,
                    flagged = CASE WHEN attempt_answer.sequence < VALUES(sequence) THEN VALUES(flagged) ELSE attempt_answer.flagged END,
                    saved_at = CASE WHEN attempt_answer.sequence < VALUES(sequence) THEN VALUES(saved_at) ELSE attempt_answer.saved_at END,
                    sequence = CASE WHEN attempt_answer.sequence < VALUES(sequence) THEN VALUES(sequence) ELSE attempt_answer.sequence END
                """)
                .params(response, flagged, sequence, StoredTime.of(now), position, attemptId, personId,
                        StoredTime.of(now.minus(Attempt.NETWORK_ALLOWANCE)))
                .update();
    }

    /**
     * Moves an open attempt to {@code status}; exactly one of several racing callers gets
     * {@code true}. Closing frees the person to start another attempt later.
     */
    boolean close(long attemptId, AttemptStatus status, Instant finishedAt, String finishedBy, Grading grading) {
        return jdbc.sql("""
                UPDATE exam_attempt SET status = ?, open_key = NULL, finished_at = ?, finished_by = ?, grading = ?
                WHERE id = ? AND status IN ('IN_PROGRESS', 'OVERDUE')
                """).params(status.name(), StoredTime.of(finishedAt), finishedBy, grading.name(), attemptId).update() == 1;
    }

    /** Freezes the answers of an attempt in its grace period; {@code false} if it was not in progress. */
    boolean markOverdue(long attemptId) {
        return jdbc.sql("UPDATE exam_attempt SET status = 'OVERDUE' WHERE id = ? AND status = 'IN_PROGRESS'")
                .param(attemptId).update() == 1;
    }

    /** Open attempts whose deadline passed before {@code before}, oldest deadline first. */
    List<Attempt> overdue(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE status IN ('IN_PROGRESS', 'OVERDUE') "
                + "AND deadline < ? ORDER BY deadline LIMIT " + limit)
                .param(StoredTime.of(before)).query(AttemptStore::attempt).list();
    }

    /** Sets the extra minutes of the person's open attempts at the exam, moving their deadlines. */
    int extendOpen(long examId, long personId, int extraMinutes) {
        List<Attempt> open = findOpen(examId, personId).stream().toList();
        for (Attempt attempt : open) {
            Instant deadline = attempt.startedAt().plus(java.time.Duration.ofMinutes(
                    (long) attempt.timeLimitMinutes() + extraMinutes));
            jdbc.sql("UPDATE exam_attempt SET extra_minutes = ?, deadline = ? WHERE id = ? AND status = 'IN_PROGRESS'")
                    .params(extraMinutes, StoredTime.of(deadline), attempt.id()).update();
        }
        return open.size();
    }

    void saveScore(long attemptId, int position, Double score, long gradedRevisionId, Long gradedBy, Instant gradedAt,
            String rubricPoints, String comment) {
        jdbc.sql("""
                UPDATE attempt_question SET score = ?, graded_revision_id = ?, graded_by = ?, graded_at = ?,
                    rubric_points = ?, grader_comment = ?
                WHERE attempt_id = ? AND position = ?
                """).params(score, gradedRevisionId, gradedBy, StoredTime.of(gradedAt), rubricPoints, comment, attemptId, position)
                .update();
    }

    void saveResult(long attemptId, Grading grading, double score, double maxScore, Double percent, Boolean passed,
            Instant gradedAt) {
        jdbc.sql("""
                UPDATE exam_attempt SET grading = ?, score = ?, max_score = ?, percent = ?, passed = ?, graded_at = ?
                WHERE id = ?
                """).params(grading.name(), score, maxScore, percent, passed, StoredTime.of(gradedAt), attemptId).update();
    }

    void recordGradeChange(long attemptId, int position, String reason, Double oldScore, double newScore,
            long revisionId, Long changedBy, Instant changedAt, String note) {
        jdbc.sql("""
                INSERT INTO grade_change (attempt_id, position, reason, old_score, new_score, revision_id,
                    changed_by, changed_at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(attemptId, position, reason, oldScore, newScore, revisionId, changedBy, StoredTime.of(changedAt), note)
                .update();
    }

    static String openKey(long examId, long personId) {
        return examId + ":" + personId;
    }




    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Attempt attempt(ResultSet rs, int row) throws SQLException {
        double score = rs.getDouble("score");
        Double scoreValue = rs.wasNull() ? null : score;
        double maxScore = rs.getDouble("max_score");
        Double maxValue = rs.wasNull() ? null : maxScore;
        double percent = rs.getDouble("percent");
        Double percentValue = rs.wasNull() ? null : percent;
        boolean passed = rs.getBoolean("passed");
        Boolean passedValue = rs.wasNull() ? null : passed;
        return new Attempt(rs.getLong("id"), rs.getLong("exam_id"), rs.getLong("person_id"), rs.getInt("number"),
                AttemptStatus.valueOf(rs.getString("status")), StoredTime.instant(rs, "started_at"), StoredTime.instant(rs, "deadline"),
                rs.getInt("time_limit_minutes"), rs.getInt("extra_minutes"), TimeExpiry.valueOf(rs.getString("time_expiry")),
                rs.getInt("grace_minutes"), rs.getInt("pass_mark_percent"), StoredTime.instant(rs, "finished_at"),
                rs.getString("finished_by"), Grading.valueOf(rs.getString("grading")), scoreValue, maxValue,
                percentValue, passedValue, StoredTime.instant(rs, "graded_at"));
    }
}

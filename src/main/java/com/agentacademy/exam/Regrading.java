package com.agentacademy.exam;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.StoredTime;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.gift.GiftGrader;
import com.agentacademy.gift.GiftQuestion;

/**
 * Regrades the finished attempts that showed a question after a trainer corrected it (a wrong
 * answer key, a missing alternative). Each answer is graded again against the question's current
 * revision; every score that changes is written to the grade history with the old and new score,
 * and the attempts' results are worked out again (a pass that becomes a fail, or the other way,
 * is published like any result). The answers themselves never change. A revision whose choices
 * differ in number from the one shown cannot be applied to old answers and is refused.
 */
@Service
class Regrading {

    /**
     * What a regrade did; serializable because it crosses the redirect as a flash attribute in the
     * session, which lives in the database.
     *
     * @param answers answers graded again
     * @param changed answers whose score changed
     * @param attempts attempts whose result was worked out again
     * @param revision the revision number applied
     */
    record Report(int answers, int changed, int attempts, int revision) implements Serializable {
    }

    /** A change of score in the grade history of a question. */
    record Change(long attemptId, int position, Double oldScore, double newScore, int revision, Instant changedAt) {
    }

    /** The current revision's choices cannot be matched to the ones the attempts showed. */
    static final class Incompatible extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Incompatible(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final AttemptStore store;
    private final AttemptGrading grading;
    private final QuestionTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    Regrading(JdbcClient jdbc, AttemptStore store, AttemptGrading grading, QuestionTexts texts, AuditTrail audit,
            Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.store = store;
        this.grading = grading;
        this.texts = texts;
        this.clock = clock;
    }

    /** How many finished attempts showed the question. */
    long finishedAttemptsShowing(long questionId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM attempt_question q JOIN exam_attempt a ON a.id = q.attempt_id
                WHERE q.question_id = ? AND a.status = 'FINISHED'
                """).param(questionId).query(Long.class).single();
    }

    /** The question's regrade history, newest first. */
    List<Change> history(long questionId) {
        return jdbc.sql("""
                SELECT g.attempt_id, g.position, g.old_score, g.new_score, r.number, g.changed_at
                FROM grade_change g
                JOIN attempt_question q ON q.attempt_id = g.attempt_id AND q.position = g.position
                JOIN question_revision r ON r.id = g.revision_id
                WHERE q.question_id = ? AND g.reason = 'REGRADED'
                ORDER BY g.changed_at DESC, g.id DESC
                """).param(questionId).query((rs, row) -> {
                    double old = rs.getDouble(3);
                    return new Change(rs.getLong(1), rs.getInt(2), rs.wasNull() ? null : old, rs.getDouble(4),
                            rs.getInt(5), StoredTime.instant(rs, 6));
                }).list();
    }

    @Transactional
    Report regrade(long questionId, long regradedBy) {
        Long current = jdbc.sql("SELECT current_revision_id FROM exam_question WHERE id = ?").param(questionId)
                .query(Long.class).optional().orElseThrow(() -> new Incompatible("no such question"));
        int number = jdbc.sql("SELECT number FROM question_revision WHERE id = ?").param(current).query(Integer.class).single();
        GiftQuestion corrected = texts.of(current);
        if (!GiftGrader.isAutoGraded(corrected.type())) {
            throw new Incompatible("only questions graded automatically can be regraded");
        }
        record Shown(long attemptId, int position, Double score, long revisionId, String response) {
        }
        List<Shown> shown = jdbc.sql("""
                SELECT q.attempt_id, q.position, q.score, q.revision_id, x.response
                FROM attempt_question q
                JOIN exam_attempt a ON a.id = q.attempt_id
                LEFT JOIN attempt_answer x ON x.attempt_id = q.attempt_id AND x.position = q.position
                WHERE q.question_id = ? AND a.status = 'FINISHED'
                ORDER BY q.attempt_id
                """).param(questionId).query((rs, row) -> {
                    double score = rs.getDouble(3);
                    return new Shown(rs.getLong(1), rs.getInt(2), rs.wasNull() ? null : score, rs.getLong(4),
                            rs.getString(5));
                }).list();
        for (Shown answer : shown) {
            GiftQuestion before = texts.of(answer.revisionId());
            if (before.type() != corrected.type() || before.answers().size() != corrected.answers().size()
                    || Responses.optionsOf(before).size() != Responses.optionsOf(corrected).size()) {
                throw new Incompatible("revision " + number + " has other choices than the revision attempts showed");
            }
        }
        Instant now = clock.instant();
        int changed = 0;
        Set<Long> attempts = new TreeSet<>();
        for (Shown answer : shown) {
            double score = GiftGrader.grade(corrected, Responses.decode(corrected, answer.response()));
            jdbc.sql("UPDATE attempt_question SET score = ?, graded_revision_id = ? WHERE attempt_id = ? AND position = ?")
                    .params(score, current, answer.attemptId(), answer.position()).update();
            if (!Objects.equals(answer.score(), score)) {
                changed++;
                store.recordGradeChange(answer.attemptId(), answer.position(), AttemptGrading.REGRADED, answer.score(),
                        score, current, regradedBy, now, "revision " + number);
                attempts.add(answer.attemptId());
            }
        }
        attempts.forEach(grading::updateResult);
        audit.record(regradedBy, "REGRADED", "question:" + questionId, "revision " + number + ", " + shown.size()
                + " answers, " + changed + " scores changed in " + attempts.size() + " attempts");
        return new Report(shown.size(), changed, attempts.size(), number);
    }
}

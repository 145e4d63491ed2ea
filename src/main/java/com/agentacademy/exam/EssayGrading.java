package com.agentacademy.exam;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.StoredTime;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.gift.GiftQuestion;

/**
 * The grading queue: essay answers of finished attempts wait here for a QA specialist or trainer,
 * who scores them against the exam's rubric. Graders see the exam and the answer, not the name of
 * the person, and never grade their own attempt. When an attempt's last essay is graded its result
 * becomes final.
 */
@Service
class EssayGrading {

    /** An essay answer waiting for a grader. */
    record Waiting(long attemptId, int position, long examId, String examTitle, Instant finishedAt) {
    }

    /** Why a grade was refused. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    private final JdbcClient jdbc;
    private final AttemptStore store;
    private final AttemptGrading grading;
    private final QuestionTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    EssayGrading(JdbcClient jdbc, AttemptStore store, AttemptGrading grading, QuestionTexts texts, AuditTrail audit,
            Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.store = store;
        this.grading = grading;
        this.texts = texts;
        this.clock = clock;
    }

    /** Every essay waiting for a grader, the longest waiting first, except the grader's own attempts. */
    List<Waiting> queue(long graderId) {
        return jdbc.sql("""
                SELECT q.attempt_id, q.position, a.exam_id, e.title, a.finished_at
                FROM attempt_question q
                JOIN exam_attempt a ON a.id = q.attempt_id
                JOIN exam e ON e.id = a.exam_id
                WHERE a.status = 'FINISHED' AND a.grading = 'PENDING' AND q.score IS NULL AND a.person_id <> ?
                ORDER BY a.finished_at, q.attempt_id, q.position
                """).param(graderId).query((rs, row) -> new Waiting(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                rs.getString(4), StoredTime.instant(rs, 5))).list();
    }

    /**
     * Scores an essay: each rubric criterion gets from 0 to its points; the question's score is the
     * points given ÷ the rubric's total. Grading it again replaces the grade; every grade is kept in
     * the attempt's grade history.
     *
     * @throws Refused when the attempt is the grader's own, not finished, the question is no essay,
     *     or a criterion's points are out of range
     */
    @Transactional
    void grade(long attemptId, int position, List<Integer> points, String comment, long graderId) {
        Attempt attempt = store.find(attemptId).orElseThrow(() -> new Refused("missing"));
        if (attempt.personId() == graderId) {
            throw new Refused("own-attempt");
        }
        if (attempt.status() != AttemptStatus.FINISHED) {
            throw new Refused("not-finished");
        }
        AttemptStore.AttemptQuestion drawn = store.questions(attemptId).stream()
                .filter(question -> question.position() == position).findFirst()
                .orElseThrow(() -> new Refused("missing"));
        GiftQuestion question = texts.of(drawn.revisionId());
        if (question.type() != com.agentacademy.gift.GiftType.ESSAY) {
            throw new Refused("not-essay");
        }
        List<ExamDefinition.RubricCriterion> rubric = rubricOf(attempt.examId());
        if (points.size() != rubric.size()) {
            throw new Refused("points");
        }
        int total = 0;
        int given = 0;
        for (int i = 0; i < rubric.size(); i++) {
            int point = points.get(i) == null ? -1 : points.get(i);
            if (point < 0 || point > rubric.get(i).points()) {
                throw new Refused("points");
            }
            total += rubric.get(i).points();
            given += point;
        }
        double score = total == 0 ? 0 : Math.round((double) given / total * 1e6) / 1e6;
        Instant now = clock.instant();
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 4000) {
            note = note.substring(0, 4000);
        }
        store.saveScore(attemptId, position, score, drawn.revisionId(), graderId, now,
                String.join(",", points.stream().map(String::valueOf).toList()), note);
        store.recordGradeChange(attemptId, position, AttemptGrading.ESSAY_GRADED, drawn.score(), score,
                drawn.revisionId(), graderId, now, null);
        grading.updateResult(attemptId);
        audit.record(graderId, "ESSAY_GRADED", "attempt:" + attemptId, "question " + position + ", score "
                + drawn.score() + " -> " + score);
    }

    /** The exam's rubric; an exam without one is graded on a single 10-point scale. */
    List<ExamDefinition.RubricCriterion> rubricOf(long examId) {
        String rubric = jdbc.sql("SELECT rubric FROM exam WHERE id = ?").param(examId).query(String.class).single();
        List<ExamDefinition.RubricCriterion> criteria = rubric == null || rubric.isBlank() ? List.of()
                : java.util.Arrays.stream(rubric.split("\n")).map(line -> line.split("\t", 2))
                        .map(parts -> new ExamDefinition.RubricCriterion(parts[1], Integer.parseInt(parts[0]))).toList();
        return criteria.isEmpty() ? List.of(new ExamDefinition.RubricCriterion("", 10)) : criteria;
    }
}

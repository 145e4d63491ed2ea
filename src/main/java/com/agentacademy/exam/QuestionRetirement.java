package com.agentacademy.exam;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.security.AuditTrail;

/**
 * Retiring a question, from the question editor or from another module's page such as the item
 * analysis. A retired question is no longer drawn by new attempts; attempts that showed it keep it,
 * with their answers and grades, and nothing is regraded. Every retirement is in the audit log as
 * {@code QUESTION_RETIRED}.
 */
@Service
public class QuestionRetirement {

    /**
     * What retiring did.
     *
     * @param retired whether the question was live until now ({@code false}: it was already retired)
     * @param shortDraws the exam's draws that its live questions can no longer fill
     */
    public record Outcome(boolean retired, List<ShortDraw> shortDraws) {
    }

    private final ExamQuestionRepository questions;
    private final ExamRepository exams;
    private final QuestionBank bank;
    private final AuditTrail audit;

    QuestionRetirement(ExamQuestionRepository questions, ExamRepository exams, QuestionBank bank, AuditTrail audit) {
        this.questions = questions;
        this.exams = exams;
        this.bank = bank;
        this.audit = audit;
    }

    /**
     * Retires the question.
     *
     * @param actorId who retires it
     * @param reason why, for the audit log; may be blank
     * @throws NoSuchElementException when there is no such question
     */
    @Transactional
    public Outcome retire(long questionId, long actorId, String reason) {
        ExamQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new NoSuchElementException("no question " + questionId));
        Exam exam = exams.findById(question.getExamId()).orElseThrow();
        boolean retired = question.retire();
        if (retired) {
            questions.save(question);
            audit.record(actorId, "QUESTION_RETIRED", "question:" + questionId, "exam " + exam.getSlug() + ", "
                    + question.getQuestionKey() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        }
        return new Outcome(retired, bank.shortDraws(exam));
    }

    /** The draws of the exam that its live questions cannot fill, as the bank page lists them. */
    @Transactional(readOnly = true)
    public List<ShortDraw> shortDraws(long examId) {
        return exams.findById(examId).map(bank::shortDraws).orElse(List.of());
    }
}

package com.agentacademy.exam;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.gift.GiftGrader;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;

/**
 * Scores attempts. Objective questions are graded the moment an attempt closes, with GIFT's partial
 * credit; an essay with an answer waits for a grader, a blank one scores nothing. Every question is
 * worth one mark (an essay: the rubric points given ÷ the rubric's total). The result is final when
 * no essay waits; then {@link ExamAttemptGraded} is published.
 */
@Service
class AttemptGrading {

    /** Why a question's score changed after the attempt closed. */
    static final String ESSAY_GRADED = "ESSAY_GRADED";
    static final String REGRADED = "REGRADED";

    private final AttemptStore store;
    private final QuestionTexts texts;
    private final ExamRepository exams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttemptGrading(AttemptStore store, QuestionTexts texts, ExamRepository exams, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.texts = texts;
        this.exams = exams;
        this.events = events;
        this.clock = clock;
    }

    /** Grades every answer a machine can grade and works out the result; called as the attempt closes. */
    @Transactional
    void gradeClosed(long attemptId) {
        Instant now = clock.instant();
        List<AttemptStore.AttemptQuestion> questions = store.questions(attemptId);
        Map<Integer, String> responses = store.answers(attemptId).stream().filter(answer -> answer.response() != null)
                .collect(Collectors.toMap(AttemptStore.Answer::position, AttemptStore.Answer::response));
        Map<Long, GiftQuestion> byRevision = texts.of(questions.stream().map(AttemptStore.AttemptQuestion::revisionId).toList());
        for (AttemptStore.AttemptQuestion question : questions) {
            GiftQuestion gift = byRevision.get(question.revisionId());
            String response = responses.get(question.position());
            if (GiftGrader.isAutoGraded(gift.type())) {
                double score = GiftGrader.grade(gift, Responses.decode(gift, response));
                store.saveScore(attemptId, question.position(), score, question.revisionId(), null, now, null, null);
            }
            else if (gift.type() == GiftType.ESSAY && response == null) {
                store.saveScore(attemptId, question.position(), 0.0, question.revisionId(), null, now, null, null);
            }
        }
        updateResult(attemptId);
    }

    /**
     * Works out score, percent and pass or fail from the question scores; publishes the result when
     * it is final and differs from what was stored.
     */
    @Transactional
    void updateResult(long attemptId) {
        Attempt attempt = store.find(attemptId).orElseThrow();
        if (attempt.status() != AttemptStatus.FINISHED) {
            return;
        }
        List<AttemptStore.AttemptQuestion> questions = store.questions(attemptId);
        boolean pending = questions.stream().anyMatch(question -> question.score() == null);
        double score = questions.stream().map(AttemptStore.AttemptQuestion::score).filter(s -> s != null)
                .mapToDouble(Double::doubleValue).sum();
        double max = questions.size();
        Double percent = max == 0 ? 0.0 : Math.round(score / max * 1000) / 10.0;
        Boolean passed = pending ? null : percent + 1e-9 >= attempt.passMarkPercent();
        Grading grading = pending ? Grading.PENDING : Grading.FINAL;
        boolean changed = attempt.grading() != grading || !java.util.Objects.equals(attempt.passed(), passed)
                || !java.util.Objects.equals(attempt.percent(), percent);
        store.saveResult(attemptId, grading, score, max, percent, passed, clock.instant());
        if (grading == Grading.FINAL && changed) {
            Exam exam = exams.findById(attempt.examId()).orElseThrow();
            events.publishEvent(new ExamAttemptGraded(attemptId, attempt.personId(), exam.getSlug(),
                    exam.getCertificationId(), passed, percent, attempt.finishedAt()));
        }
    }
}

package com.agentacademy.exam;

import java.util.List;

import com.agentacademy.gift.GiftQuestion;

/**
 * An exam as its folder {@code exams/<slug>/} defines it: the settings of {@code exam.yml} and the
 * questions of its {@code .gift} files.
 *
 * @param slug the folder's name
 * @param title the title shown to candidates
 * @param locale the language the exam is written in: {@code en} or {@code zh-CN}
 * @param certificationId the certification a pass grants, or {@code null}
 * @param courses the slugs of the courses the exam draws on
 * @param timeLimitMinutes from 1 to 600
 * @param passMarkPercent from 1 to 100
 * @param maxAttempts 1 or more
 * @param cooldownHours the wait between attempts, 0 or more
 * @param shuffleQuestions whether each attempt orders the questions at random
 * @param shuffleAnswers whether each attempt orders the answers of a question at random
 * @param draws how many questions each attempt draws from which category; empty: every question
 * @param timeExpiry what happens to an attempt still open at the deadline
 * @param graceMinutes the extra minutes of {@link TimeExpiry#GRACE}
 * @param review when candidates see their answers with the right ones
 * @param rubric what graders of essay questions look for
 * @param questions the questions of every {@code .gift} file, in file-name order
 */
public record ExamDefinition(String slug, String title, String locale, String certificationId, List<String> courses,
        int timeLimitMinutes, int passMarkPercent, int maxAttempts, int cooldownHours, boolean shuffleQuestions,
        boolean shuffleAnswers, List<Draw> draws, TimeExpiry timeExpiry, int graceMinutes, ReviewPolicy review,
        List<RubricCriterion> rubric, List<GiftQuestion> questions) {

    public ExamDefinition {
        courses = List.copyOf(courses);
        draws = List.copyOf(draws);
        rubric = List.copyOf(rubric);
        questions = List.copyOf(questions);
    }

    /** {@code count} questions drawn at random from those whose {@code $CATEGORY} is {@code category}. */
    public record Draw(String category, int count) {
    }

    /** One line of the grader's rubric for essay questions. */
    public record RubricCriterion(String criterion, int points) {
    }
}

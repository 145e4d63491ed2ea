package com.agentacademy.exam;

import java.util.List;

/**
 * The settings of an exam a trainer may change in the browser; the others (language,
 * certification, courses, rubric) stay as {@code exam.yml} says.
 *
 * @param title the title shown to candidates, at most 200 characters
 * @param timeLimitMinutes from 1 to 600
 * @param passMarkPercent from 1 to 100
 * @param maxAttempts 1 or more
 * @param cooldownHours 0 or more
 * @param shuffleQuestions whether each attempt orders the questions at random
 * @param shuffleAnswers whether each attempt orders the answers of a question at random
 * @param draws how many questions each attempt draws from which category; empty: every question
 * @param timeExpiry what happens to an attempt still open at the deadline
 * @param graceMinutes from 0 to 120, at least 1 with {@link TimeExpiry#GRACE}
 * @param review when candidates see their answers with the right ones
 */
record ExamSettings(String title, int timeLimitMinutes, int passMarkPercent, int maxAttempts, int cooldownHours,
        boolean shuffleQuestions, boolean shuffleAnswers, List<ExamDefinition.Draw> draws, TimeExpiry timeExpiry,
        int graceMinutes, ReviewPolicy review) {

    static final int MAX_TIME_LIMIT_MINUTES = 600;
    static final int MAX_GRACE_MINUTES = 120;

    ExamSettings {
        draws = List.copyOf(draws);
        require(title != null && !title.isBlank() && title.length() <= 200, "a title of at most 200 characters");
        require(timeLimitMinutes >= 1 && timeLimitMinutes <= MAX_TIME_LIMIT_MINUTES, "a time limit from 1 to 600 minutes");
        require(passMarkPercent >= 1 && passMarkPercent <= 100, "a pass mark from 1 to 100 %");
        require(maxAttempts >= 1, "at least one attempt");
        require(cooldownHours >= 0, "no negative cooldown");
        require(timeExpiry != null && review != null, "a time-expiry and a review policy");
        require(graceMinutes >= 0 && graceMinutes <= MAX_GRACE_MINUTES, "grace minutes from 0 to 120");
        require(timeExpiry != TimeExpiry.GRACE || graceMinutes > 0, "grace minutes with the grace policy");
        require(draws.stream().allMatch(draw -> draw.count() >= 1), "draws of at least one question");
    }

    private static void require(boolean rule, String what) {
        if (!rule) {
            throw new IllegalArgumentException("exam settings need " + what);
        }
    }
}

package com.agentacademy.gift;

import java.util.List;
import java.util.Map;

/**
 * Scores a response with GIFT's partial credit. A response of the wrong kind for the question (a
 * number for a multiple-choice question, say) scores 0, as does a choice that does not exist.
 */
public final class GiftGrader {

    private GiftGrader() {
    }

    /**
     * Whether questions of this type can be scored by {@link #grade}: essays need a person, and
     * descriptions ask nothing.
     */
    public static boolean isAutoGraded(GiftType type) {
        return type != GiftType.ESSAY && type != GiftType.DESCRIPTION;
    }

    /**
     * The score from 0 to 1.
     * <ul>
     * <li>multiple choice: the weight of the chosen answer, 0 when it is negative;
     * <li>multiple answers: the weights of the ticked answers added up, kept between 0 and 1;
     * <li>true/false: 1 or 0;
     * <li>short answer: the best weight among the patterns that match, ignoring case and surrounding spaces;
     * <li>numerical: the best weight among the answers whose tolerance or range (both inclusive) holds the number;
     * <li>matching: the share of items matched rightly.
     * </ul>
     * Scores are rounded to six decimals, so that weights such as 33.33333 % add up to full marks.
     *
     * @throws IllegalArgumentException for a type that is not {@linkplain #isAutoGraded auto-graded}
     */
    public static double grade(GiftQuestion question, GiftResponse response) {
        double score = switch (question.type()) {
            case MULTICHOICE -> singleChoice(question.answers(), response);
            case MULTIANSWER -> multipleChoice(question.answers(), response);
            case TRUEFALSE -> response.trueFalse() != null
                    ? response.trueFalse().equals(question.trueFalse()) ? 1 : 0
                    : singleChoice(question.answers(), response);
            case SHORTANSWER -> shortAnswer(question.answers(), response);
            case NUMERICAL -> numerical(question.answers(), response);
            case MATCHING -> matching(question.matches(), response);
            case ESSAY, DESCRIPTION -> throw new IllegalArgumentException(
                    question.type() + " questions are not graded automatically");
        };
        return Math.round(Math.max(0, Math.min(1, score)) * 1e6) / 1e6;
    }

    private static double singleChoice(List<GiftAnswer> answers, GiftResponse response) {
        if (response.choices() == null || response.choices().size() != 1) {
            return 0;
        }
        return multipleChoice(answers, response);
    }

    private static double multipleChoice(List<GiftAnswer> answers, GiftResponse response) {
        if (response.choices() == null) {
            return 0;
        }
        return response.choices().stream()
                .filter(index -> index >= 0 && index < answers.size())
                .mapToDouble(index -> answers.get(index).fraction())
                .sum();
    }

    private static double shortAnswer(List<GiftAnswer> answers, GiftResponse response) {
        if (response.text() == null) {
            return 0;
        }
        return answers.stream()
                .filter(answer -> Wildcard.matches(answer.text(), response.text()))
                .mapToDouble(GiftAnswer::fraction)
                .max().orElse(0);
    }

    private static double numerical(List<GiftAnswer> answers, GiftResponse response) {
        if (response.number() == null) {
            return 0;
        }
        return answers.stream()
                .filter(answer -> answer.accepts(response.number()))
                .mapToDouble(GiftAnswer::fraction)
                .max().orElse(0);
    }

    private static double matching(List<GiftMatch> matches, GiftResponse response) {
        if (response.matches() == null) {
            return 0;
        }
        Map<String, String> chosen = response.matches();
        List<GiftMatch> items = matches.stream().filter(match -> !match.left().isEmpty()).toList();
        long right = items.stream()
                .filter(match -> match.right().equals(chosen.get(match.left())))
                .count();
        return items.isEmpty() ? 0 : (double) right / items.size();
    }
}

package com.agentacademy.gift;

import java.util.List;

/**
 * Writes questions as GIFT text, one blank-line separated block each, with {@code // [id:...]} and
 * {@code // [tag:...]} comment lines and a {@code $CATEGORY:} line wherever the category changes.
 *
 * <p>Reading the text with {@link GiftParser#parse(String)} gives questions equal to those
 * written, for every question the parser can produce. (A category cannot go back to none: once
 * set, it holds for the questions after it, so a question without a category is written under the
 * category before it.)
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<GiftQuestion> questions) {
        StringBuilder gift = new StringBuilder();
        String category = null;
        for (GiftQuestion question : questions) {
            if (!gift.isEmpty()) {
                gift.append('\n');
            }
            if (question.category() != null && !question.category().equals(category)) {
                category = question.category();
                gift.append("$CATEGORY: ").append(category).append("\n\n");
            }
            new QuestionWriter(gift).write(question);
        }
        return gift.toString();
    }
}

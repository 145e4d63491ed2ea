package com.agentacademy.gift;

import java.util.List;
import java.util.Objects;

/**
 * One question as read from GIFT text.
 *
 * <p>Two questions are equal when everything but {@code line} is equal: the line says where a
 * question was found, not what it is, so a question written out and read back equals itself.
 *
 * @param id from a {@code // [id:...]} comment line of the question, or {@code null}
 * @param tags from {@code // [tag:...]} comment lines, in order
 * @param name the title between {@code ::} and {@code ::}, or {@code null}
 * @param category the last {@code $CATEGORY:} path before the question, or {@code null}
 * @param format the markup of {@code text}, {@link GiftFormat#MOODLE} unless a prefix says otherwise
 * @param text the question text with escapes resolved; for a missing-word question the text before
 *     and after the answer block joined by {@value #BLANK}
 * @param missingWord whether the answer block stands in the middle of the sentence
 * @param answers the answers in the order written; for {@link GiftType#TRUEFALSE} always
 *     {@code True} then {@code False}, each with the feedback shown when it is chosen; empty for
 *     matching, essay and description
 * @param matches the pairs of a matching question, otherwise empty
 * @param trueFalse the right answer of a true/false question, otherwise {@code null}
 * @param generalFeedback shown after any answer (after {@code ####}), or {@code null}
 * @param line the 1-based line where the question text starts
 */
public record GiftQuestion(String id, List<String> tags, String name, String category, GiftType type,
        GiftFormat format, String text, boolean missingWord, List<GiftAnswer> answers, List<GiftMatch> matches,
        Boolean trueFalse, String generalFeedback, int line) {

    /** Stands in the text of a missing-word question where the answer goes. */
    public static final String BLANK = "_____";

    public GiftQuestion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        tags = tags == null ? List.of() : List.copyOf(tags);
        answers = answers == null ? List.of() : List.copyOf(answers);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GiftQuestion that && Objects.equals(id, that.id) && tags.equals(that.tags)
                && Objects.equals(name, that.name) && Objects.equals(category, that.category)
                && type == that.type && format == that.format && text.equals(that.text)
                && missingWord == that.missingWord && answers.equals(that.answers)
                && matches.equals(that.matches) && Objects.equals(trueFalse, that.trueFalse)
                && Objects.equals(generalFeedback, that.generalFeedback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, tags, name, category, type, format, text, missingWord, answers, matches,
                trueFalse, generalFeedback);
    }
}

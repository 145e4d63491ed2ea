package com.agentacademy.gift;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an agent answered to a question, made by the factory that fits the question type. Answer
 * indexes count from 0 in the order of {@link GiftQuestion#answers()}.
 */
public final class GiftResponse {

    private final Set<Integer> choices;
    private final Boolean trueFalse;
    private final String text;
    private final Double number;
    private final Map<String, String> matches;

    private GiftResponse(Set<Integer> choices, Boolean trueFalse, String text, Double number,
            Map<String, String> matches) {
        this.choices = choices;
        this.trueFalse = trueFalse;
        this.text = text;
        this.number = number;
        this.matches = matches;
    }

    /** The one answer chosen in a multiple-choice (or true/false) question. */
    public static GiftResponse choice(int answerIndex) {
        return new GiftResponse(Set.of(answerIndex), null, null, null, null);
    }

    /** The answers ticked in a multiple-answer question; may be empty. */
    public static GiftResponse choices(Set<Integer> answerIndexes) {
        return new GiftResponse(Set.copyOf(answerIndexes), null, null, null, null);
    }

    public static GiftResponse trueFalse(boolean answer) {
        return new GiftResponse(null, answer, null, null, null);
    }

    /** The text typed for a short-answer question. */
    public static GiftResponse text(String answer) {
        return new GiftResponse(null, null, Objects.requireNonNull(answer, "answer"), null, null);
    }

    public static GiftResponse number(double answer) {
        return new GiftResponse(null, null, null, answer, null);
    }

    /** For a matching question: each item (the left side) with the match the agent chose for it. */
    public static GiftResponse matches(Map<String, String> leftToRight) {
        return new GiftResponse(null, null, null, null, Map.copyOf(leftToRight));
    }

    Set<Integer> choices() {
        return choices;
    }

    Boolean trueFalse() {
        return trueFalse;
    }

    String text() {
        return text;
    }

    Double number() {
        return number;
    }

    Map<String, String> matches() {
        return matches;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GiftResponse that && Objects.equals(choices, that.choices)
                && Objects.equals(trueFalse, that.trueFalse) && Objects.equals(text, that.text)
                && Objects.equals(number, that.number) && Objects.equals(matches, that.matches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(choices, trueFalse, text, number, matches);
    }
}

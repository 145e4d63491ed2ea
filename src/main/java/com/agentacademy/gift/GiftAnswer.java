package com.agentacademy.gift;

import java.util.Objects;

/**
 * One answer of a question.
 *
 * <p>For a numerical answer, {@code value} and {@code tolerance} are set when it was written
 * {@code value:tolerance} (or just {@code value}, with a tolerance of 0), {@code min} and
 * {@code max} when it was written {@code min..max}; the other two are {@code null}. For every other
 * type all four are {@code null}.
 *
 * @param text the answer as shown; for a short answer the accepted pattern, for a numerical answer
 *     its value written as {@code 42}, {@code 3.14:0.01} or {@code 1..5}; true/false questions
 *     have the answers {@code True} and {@code False}
 * @param fraction the credit for this answer, from -1.0 to 1.0: {@code =} is 1.0, {@code ~} is 0.0,
 *     {@code %50%} is 0.5
 * @param feedback shown when this answer is given (after {@code #}), or {@code null}
 */
public record GiftAnswer(String text, double fraction, String feedback, Double value, Double tolerance,
        Double min, Double max) {

    public GiftAnswer {
        Objects.requireNonNull(text, "text");
    }

    static GiftAnswer of(String text, double fraction, String feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null, null, null);
    }

    /** Whether {@code number} is accepted by this numerical answer; bounds are inclusive. */
    boolean accepts(double number) {
        if (min != null && max != null) {
            return min <= number && number <= max;
        }
        return value != null && tolerance != null && Numbers.isWithin(number, value, tolerance);
    }
}

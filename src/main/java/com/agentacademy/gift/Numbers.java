package com.agentacademy.gift;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as GIFT writes them. Decimal arithmetic keeps {@code 3.15} within {@code 3.14:0.01}, and
 * writing a number the way it was read keeps a question equal to itself after a round trip.
 */
final class Numbers {

    // Bounded so that absurdly long digit runs are refused rather than parsed slowly.
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(\\d{1,30}(\\.\\d{0,30})?|\\.\\d{1,30})([eE][+-]?\\d{1,3})?");

    private Numbers() {
    }

    /** The number written in {@code text}, or {@code null} when it is not a plain finite number. */
    static Double parse(String text) {
        BigDecimal decimal = decimal(text);
        if (decimal == null) {
            return null;
        }
        double number = decimal.doubleValue();
        // Adding 0.0 turns -0.0 into 0.0, which is what "-0" means to an author.
        return Double.isFinite(number) ? number + 0.0 : null;
    }

    static BigDecimal decimal(String text) {
        String trimmed = text.strip();
        return DECIMAL.matcher(trimmed).matches() ? new BigDecimal(trimmed) : null;
    }

    /** {@code number} as {@code 42} or {@code 3.14}; very large or small numbers as {@code 4E+35}. */
    static String format(double number) {
        BigDecimal decimal = BigDecimal.valueOf(number).stripTrailingZeros();
        String plain = decimal.toPlainString();
        return plain.length() <= 24 ? plain : decimal.toString();
    }

    /** A fraction such as 0.5 written as the percentage GIFT weights use: {@code 50}. */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    static boolean isWithin(double number, double value, double tolerance) {
        BigDecimal distance = BigDecimal.valueOf(number).subtract(BigDecimal.valueOf(value)).abs();
        return distance.compareTo(BigDecimal.valueOf(tolerance)) <= 0;
    }
}

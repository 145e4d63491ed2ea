package com.agentacademy.reporting;

import java.util.Locale;

/**
 * Figures as the reports write them, on pages and in downloads: a fixed number of decimals with a
 * point in every language, and "—" for a figure that cannot be worked out.
 */
final class Decimals {

    static final String UNDEFINED = "—";

    /** For templates, which call {@link #of} on a model attribute. */
    static final Decimals INSTANCE = new Decimals();

    private Decimals() {
    }

    public String of(Double value, int digits) {
        return value == null ? UNDEFINED : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** The value rounded for a spreadsheet cell: a number, or {@code null} for an empty cell. */
    static Double rounded(Double value, int digits) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}

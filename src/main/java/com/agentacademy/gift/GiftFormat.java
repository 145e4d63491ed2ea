package com.agentacademy.gift;

import java.util.Locale;
import java.util.Optional;

/** The markup of a question's text, chosen by a {@code [markdown]}-style prefix. */
public enum GiftFormat {

    /** Moodle's own auto-format: plain text with line breaks; the default. */
    MOODLE,

    HTML,

    MARKDOWN,

    /** Text shown exactly as written. */
    PLAIN;

    /** The word written between the brackets, such as {@code markdown}. */
    String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<GiftFormat> ofKeyword(String keyword) {
        for (GiftFormat format : values()) {
            if (format.keyword().equalsIgnoreCase(keyword)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}

package com.agentacademy.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of box a module may set apart from its text; the service manual's do / don't boxes. */
enum Callout {

    NOTE("Note"), TIP("Tip"), WARNING("Warning");

    private final String defaultTitle;

    Callout(String defaultTitle) {
        this.defaultTitle = defaultTitle;
    }

    /** The kind written after {@code !!!}, such as {@code tip}. */
    static Optional<Callout> named(String kind) {
        return Arrays.stream(values()).filter(callout -> callout.keyword().equals(kind)).findFirst();
    }

    String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    String defaultTitle() {
        return defaultTitle;
    }
}

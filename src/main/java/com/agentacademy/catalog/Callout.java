package com.agentacademy.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of box a module may set apart from its text; the service manual's do / don't boxes. */
enum Callout {

    NOTE("Note", "注意"), TIP("Tip", "提示"), WARNING("Warning", "警告");

    private final String english;
    private final String chinese;

    Callout(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The kind written after {@code !!!}, such as {@code tip}. */
    static Optional<Callout> named(String kind) {
        return Arrays.stream(values()).filter(callout -> callout.keyword().equals(kind)).findFirst();
    }

    String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The title of a callout written without one, in the module's language. */
    String defaultTitle(ContentLocale language) {
        return language == ContentLocale.ZH_CN ? chinese : english;
    }
}

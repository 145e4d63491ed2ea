package com.agentacademy.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The languages the application speaks: English (the default) and Simplified Chinese. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private Languages() {
    }

    /** The supported language closest to the given one; anything Chinese reads Simplified Chinese. */
    public static Locale closestTo(Locale wanted) {
        if (wanted != null && "zh".equals(wanted.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }

    /** The first of the browser's languages that we speak, else English. */
    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale locale : Collections.list(request.getLocales())) {
            if ("zh".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return closestTo(locale);
            }
        }
        return ENGLISH;
    }
}

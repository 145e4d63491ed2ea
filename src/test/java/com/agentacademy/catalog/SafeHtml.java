package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Checks sanitised HTML the way a browser would read it: parsed, entities decoded, and URLs judged
 * after removing the whitespace and control characters browsers ignore in them.
 */
final class SafeHtml {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "svg", "math", "style", "link", "meta", "base", "form", "button", "textarea",
            "select", "template", "noscript", "video", "audio", "source", "details");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "srcset", "poster", "background", "cite", "data", "lowsrc", "dynsrc");

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    /** What a knowledge check's practice form is made of: never submitted, read by the page's script. */
    private static final Set<String> KNOWLEDGE_CHECK_ELEMENTS = Set.of("form", "fieldset", "legend", "label", "input",
            "select", "option", "textarea", "button");

    private static final Set<String> KNOWLEDGE_CHECK_INPUTS = Set.of("radio", "checkbox", "text");

    private SafeHtml() {
    }

    /**
     * Like {@link #assertSafe}, for a whole module: its knowledge checks may hold their practice
     * forms, which have no action, no submit button and no URL, but nothing else may.
     */
    static void assertSafeModule(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (KNOWLEDGE_CHECK_ELEMENTS.contains(element.normalName()) && element.closest("section.knowledge-check") != null) {
                assertPracticeControl(element, html);
            }
            else {
                assertSafe(element, html);
            }
        }
    }

    private static void assertPracticeControl(Element element, String html) {
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotIn("style", "action",
                    "formaction", "src", "href");
        }
        switch (element.normalName()) {
            case "input" -> assertThat(element.attr("type")).as("input in %s", html).isIn(KNOWLEDGE_CHECK_INPUTS);
            case "button" -> assertThat(element.attr("type")).as("button in %s", html).isEqualTo("button");
            default -> { }
        }
    }

    static void assertSafe(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertSafe(element, html);
        }
    }

    private static void assertSafe(Element element, String html) {
        assertThat(ACTIVE_ELEMENTS).as("element in %s", html).doesNotContain(element.normalName());
        if (element.normalName().equals("input")) {
            assertThat(element.attr("type")).as("input in %s", html).isEqualToIgnoringCase("checkbox");
            assertThat(element.hasAttr("disabled")).as("input in %s", html).isTrue();
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
            if (URL_ATTRIBUTES.contains(name)) {
                Set<String> schemes = name.equals("src") ? IMAGE_SCHEMES : LINK_SCHEMES;
                assertThat(isSafeUrl(attribute.getValue(), schemes)).as("%s in %s", name, html).isTrue();
            }
        }
    }

    /**
     * Empty, relative, a fragment, or one of the given schemes. Whatever comes before the first
     * colon is a scheme unless a slash, question mark or hash comes first.
     */
    static boolean isSafeUrl(String value, Set<String> schemes) {
        String url = value.replaceAll("[\\x00-\\x20\\x7f-\\x9f\\u00a0\\u1680\\u2000-\\u200f\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]", "")
                .toLowerCase(Locale.ROOT);
        int colon = url.indexOf(':');
        if (colon < 0) {
            return true;
        }
        for (int i = 0; i < colon; i++) {
            if ("/?#".indexOf(url.charAt(i)) >= 0) {
                return true;
            }
        }
        return schemes.contains(url.substring(0, colon));
    }
}

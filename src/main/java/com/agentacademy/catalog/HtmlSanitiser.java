package com.agentacademy.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The allow-list any HTML that people wrote passes before a page shows it: the elements Markdown
 * produces and nothing else. Links may go to http, https and mailto addresses or stay inside the
 * site; images only to http, https or the site. The sanitiser decodes entities before it checks a
 * URL and refuses any scheme it does not know, so no spelling of {@code javascript:} or
 * {@code data:} gets through. Classes are limited to those the application's own rendering uses, so
 * content cannot borrow the page's layout classes to imitate its controls.
 */
@Component
class HtmlSanitiser {

    private static final String[] HEADINGS = { "h1", "h2", "h3", "h4", "h5", "h6" };

    private static final Set<String> CLASSES = Set.of("callout", "callout-note", "callout-tip", "callout-warning",
            "callout-title", "knowledge-check", "footnotes", "footnote-ref", "footnote-backref", "task-list-item",
            "task-list-item-checkbox", "text-start", "text-center", "text-end");

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[a-z0-9_+#-]{1,30}");

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,199}");

    private static final Pattern SCHEME = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9+.-]*):");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(HEADINGS)
            .allowElements("p", "br", "hr", "em", "strong", "del", "s", "code", "pre", "blockquote", "ul", "ol",
                    "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "sup", "section", "aside",
                    "div", "span", "img")
            .allowElements(HtmlSanitiser::link, "a")
            .allowElements(HtmlSanitiser::checkbox, "input")
            .allowAttributes("id").matching(ID).onElements(HEADINGS)
            .allowAttributes("id").matching(ID).onElements("li", "sup", "section", "div")
            .allowAttributes("class").matching(HtmlSanitiser::knownClasses).globally()
            .allowAttributes("role").matching(true, "note").onElements("aside")
            .allowAttributes("data-check").matching(Pattern.compile("\\d{1,4}")).onElements("div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src").matching(HtmlSanitiser::imageSource).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("type").matching(true, "checkbox").onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .toFactory();

    String sanitise(String html) {
        return POLICY.sanitize(html);
    }

    /** Links that leave the site must not pass on the page's standing or a handle to its window. */
    private static String link(String element, List<String> attributes) {
        String href = valueOf(attributes, "href");
        if (href != null && leavesTheSite(href)) {
            attributes.add("rel");
            attributes.add("nofollow noopener");
        }
        return element;
    }

    private static boolean leavesTheSite(String href) {
        String url = href.strip();
        return SCHEME.matcher(url).lookingAt() || url.startsWith("//") || url.startsWith("\\") || url.startsWith("/\\");
    }

    /** Only the read-only checkboxes of task lists. */
    private static String checkbox(String element, List<String> attributes) {
        if (!"checkbox".equalsIgnoreCase(valueOf(attributes, "type"))) {
            return null;
        }
        if (valueOf(attributes, "disabled") == null) {
            attributes.add("disabled");
            attributes.add("disabled");
        }
        return element;
    }

    private static String imageSource(String element, String attribute, String value) {
        Matcher scheme = SCHEME.matcher(value);
        boolean web = !scheme.lookingAt() || scheme.group(1).equalsIgnoreCase("http")
                || scheme.group(1).equalsIgnoreCase("https");
        return web ? value : null;
    }

    private static String knownClasses(String element, String attribute, String value) {
        String kept = Arrays.stream(value.trim().split("\\s+"))
                .filter(name -> CLASSES.contains(name) || LANGUAGE_CLASS.matcher(name).matches())
                .collect(Collectors.joining(" "));
        return kept.isEmpty() ? null : kept;
    }

    /** Attributes come as name, value, name, value... */
    private static String valueOf(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}

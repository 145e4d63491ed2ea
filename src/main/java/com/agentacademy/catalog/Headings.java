package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.agentacademy.catalog.RenderedModule.TocEntry;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * The anchors of a module's headings and its table of contents. An id is made of the letters and
 * digits of the heading in any script, so Chinese headings keep their characters and the address
 * stays readable; a heading without any, or one that would take a footnote's id, gets
 * {@code section-N}, N counting the headings. Ids are unique in the module and depend only on the
 * headings, so links to them survive edits elsewhere.
 */
final class Headings {

    /** The ids flexmark gives footnotes and their references; a heading must not take one. */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");

    private final Map<Heading, String> ids = new IdentityHashMap<>();

    private final List<TocEntry> toc = new ArrayList<>();

    private final Set<String> taken = new HashSet<>();

    private Headings() {
    }

    static Headings of(Document document) {
        Headings headings = new Headings();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        return headings;
    }

    String idOf(Heading heading) {
        return ids.get(heading);
    }

    List<TocEntry> toc() {
        return List.copyOf(toc);
    }

    private void add(Heading heading) {
        String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
        String slug = slug(text);
        String base = slug.isEmpty() || FOOTNOTE_ID.matcher(slug).matches() ? "section-" + (ids.size() + 1) : slug;
        String id = unique(base);
        ids.put(heading, id);
        if (heading.getLevel() == 2 || heading.getLevel() == 3) {
            toc.add(new TocEntry(heading.getLevel(), id, text));
        }
    }

    private String unique(String base) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Letters and digits, lower case; runs of spaces, hyphens and underscores become one hyphen. */
    static String slug(String text) {
        StringBuilder slug = new StringBuilder();
        boolean separated = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i += Character.charCount(lower.codePointAt(i))) {
            int c = lower.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (separated && slug.length() > 0) {
                    slug.append('-');
                }
                slug.appendCodePoint(c);
                separated = false;
            }
            else if (Character.isWhitespace(c) || c == '-' || c == '_') {
                separated = true;
            }
        }
        return slug.toString();
    }
}

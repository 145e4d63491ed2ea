package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.List;

/** A table of contents stored as text with the revision: one {@code level TAB id TAB text} line per heading. */
final class TocText {

    private TocText() {
    }

    static String format(List<RenderedModule.TocEntry> entries) {
        var text = new StringBuilder();
        for (RenderedModule.TocEntry entry : entries) {
            text.append(entry.level()).append('\t').append(clean(entry.id())).append('\t').append(clean(entry.text()))
                    .append('\n');
        }
        return text.toString();
    }

    static List<RenderedModule.TocEntry> parse(String text) {
        List<RenderedModule.TocEntry> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                entries.add(new RenderedModule.TocEntry(Integer.parseInt(parts[0]), parts[1], parts[2]));
            }
        }
        return entries;
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }
}

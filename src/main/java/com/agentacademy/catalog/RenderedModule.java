package com.agentacademy.catalog;

import java.util.List;

/**
 * A module's Markdown rendered for the reader.
 *
 * @param html the sanitised body; each knowledge check is an empty
 *        {@code <div class="knowledge-check" data-check="N">} for the caller to fill in
 * @param toc the h2 and h3 headings, in order
 * @param plainText the visible text with whitespace collapsed, for full-text search
 * @param knowledgeChecks the GIFT source of each knowledge check, indexed by {@code data-check}
 * @param problems what the author should fix; rendering went ahead regardless
 */
record RenderedModule(String html, List<TocEntry> toc, String plainText, List<String> knowledgeChecks,
        List<Problem> problems) {

    RenderedModule {
        toc = List.copyOf(toc);
        knowledgeChecks = List.copyOf(knowledgeChecks);
        problems = List.copyOf(problems);
    }

    /** A heading in the table of contents; {@code id} is its anchor. */
    record TocEntry(int level, String id, String text) {
    }

    /** Something wrong in the Markdown at a 1-based line of the file. */
    record Problem(int line, String message) {
    }
}

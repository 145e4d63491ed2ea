package com.agentacademy.catalog;

import java.time.Instant;
import java.util.List;

/**
 * What the module page shows of a published revision: its rendered content and table of contents
 * with the header lines. Kept with the catalog's shape (see {@link PublishedCatalog#shown}),
 * so a page read costs neither the revision's four text columns nor parsing its contents again.
 */
record ShownRevision(long id, String title, int minutes, int number, Instant publishedAt,
        ContentLocale contentLocale, String html, List<RenderedModule.TocEntry> toc) {

    static ShownRevision of(ModuleRevision revision) {
        return new ShownRevision(revision.getId(), revision.getTitle(), revision.getMinutes(), revision.getNumber(),
                revision.getPublishedAt(), revision.contentLocale(), revision.getHtml(),
                List.copyOf(revision.tableOfContents()));
    }
}

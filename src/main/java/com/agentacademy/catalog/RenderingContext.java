package com.agentacademy.catalog;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * What the flexmark hooks need to know about the module being rendered. It travels with the parsed
 * document because the parser and the renderer are built once and shared by every request.
 */
record RenderingContext(ModuleLinks links, Headings headings, KnowledgeChecks knowledgeChecks, ContentLocale language) {

    private static final NullableDataKey<RenderingContext> KEY = new NullableDataKey<>("AGENT_ACADEMY_MODULE");

    void attachTo(Document document) {
        document.set(KEY, this);
    }

    static RenderingContext of(Document document) {
        return KEY.get(document);
    }
}

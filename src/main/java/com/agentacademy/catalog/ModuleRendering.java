package com.agentacademy.catalog;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * What the flexmark hooks need to know about the module being rendered. It travels with the parsed
 * document because the parser and the renderer are built once and shared by every request.
 */
record ModuleRendering(ModuleLinks links, Headings headings, KnowledgeChecks knowledgeChecks) {

    private static final NullableDataKey<ModuleRendering> KEY = new NullableDataKey<>("AGENT_ACADEMY_MODULE");

    void attachTo(Document document) {
        document.set(KEY, this);
    }

    static ModuleRendering of(Document document) {
        return KEY.get(document);
    }
}

/**
 * Courses and their Markdown modules: import from the {@code courses/} folder, rendering (once per
 * revision, sanitised), the agent's catalog, course and module reader with progress and search,
 * trainers' authoring with drafts, revisions, diffs and export, and the feedback loop on modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package com.agentacademy.catalog;

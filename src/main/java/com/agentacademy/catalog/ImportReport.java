package com.agentacademy.catalog;

import java.util.List;

import com.agentacademy.files.ContentProblem;

/**
 * What one import of the {@code courses/} folder did.
 *
 * @param courses course folders read
 * @param modulesCreated module variants seen for the first time
 * @param modulesUpdated module variants whose file changed: a new revision each
 * @param modulesUnchanged module variants whose content was already there
 * @param images images added or replaced
 * @param problems every broken file, as {@code path:line: message}; those files were skipped
 */
record ImportReport(int courses, int modulesCreated, int modulesUpdated, int modulesUnchanged, int images,
        List<ContentProblem> problems) {

    String summary() {
        return "courses=" + courses + " created=" + modulesCreated + " updated=" + modulesUpdated + " unchanged="
                + modulesUnchanged + " images=" + images + " problems=" + problems.size();
    }
}

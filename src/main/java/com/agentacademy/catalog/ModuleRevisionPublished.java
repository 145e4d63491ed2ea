package com.agentacademy.catalog;

/**
 * A module revision became what readers see.
 *
 * @param courseSlug the module's course
 * @param moduleId the module
 * @param moduleSlug the module's name within the course
 * @param revisionId the revision now published
 * @param previousRevisionId the revision it replaces in the same language, or null for the first
 * @param locale the language of the revision ({@code en} or {@code zh-CN})
 * @param majorChange whether the trainer marked it a major change (holders of certifications that
 *        depend on the course must recertify)
 * @param changeSummary the trainer's summary of what changed, or null
 */
public record ModuleRevisionPublished(String courseSlug, long moduleId, String moduleSlug, long revisionId,
        Long previousRevisionId, String locale, boolean majorChange, String changeSummary) {
}

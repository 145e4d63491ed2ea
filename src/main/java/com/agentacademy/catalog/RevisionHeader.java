package com.agentacademy.catalog;

/** What lists need of a published revision, without its content. */
public record RevisionHeader(Long id, Long moduleId, String locale, int number, String title, int minutes) {
}

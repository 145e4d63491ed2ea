package com.agentacademy.web;

/**
 * A signed-in person switched the language of the interface.
 *
 * @param personId who switched
 * @param languageTag the language now in use, for example {@code zh-CN}
 */
public record LanguageChosen(long personId, String languageTag) {
}

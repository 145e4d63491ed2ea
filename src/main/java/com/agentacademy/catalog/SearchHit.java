package com.agentacademy.catalog;

import java.util.List;

/**
 * One module found by search, with the passage that matched.
 *
 * @param snippet the passage, in pieces; the pieces with {@code match} set are what was searched for
 */
record SearchHit(String courseSlug, String courseTitle, String moduleSlug, String moduleTitle, String locale,
        List<Piece> snippet) {

    record Piece(String text, boolean match) {
    }

    public String url() {
        return "/courses/" + courseSlug + "/modules/" + moduleSlug + ("zh-CN".equals(locale) ? "?lang=zh-CN" : "");
    }
}

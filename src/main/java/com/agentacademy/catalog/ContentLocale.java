package com.agentacademy.catalog;

import java.util.Locale;

/** The two languages content is written in: English, the default, and Simplified Chinese. */
enum ContentLocale {
    EN("en", ""),
    ZH_CN("zh-CN", ".zh-CN");

    private final String tag;
    private final String fileSuffix;

    ContentLocale(String tag, String fileSuffix) {
        this.tag = tag;
        this.fileSuffix = fileSuffix;
    }

    String tag() {
        return tag;
    }

    /** What stands between the module's name and {@code .md} in its file name. */
    String fileSuffix() {
        return fileSuffix;
    }

    Locale locale() {
        return this == ZH_CN ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static ContentLocale of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
    }

    static ContentLocale ofTag(String tag) {
        return ZH_CN.tag.equalsIgnoreCase(tag) ? ZH_CN : EN;
    }
}

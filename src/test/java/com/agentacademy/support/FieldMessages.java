package com.agentacademy.support;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.ResultActions;

/** The message a form shows at one of its fields ({@code id="<field>-error"}), as the reader sees it. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** The text at the field, or an empty text when the page shows no message there. */
    public static String at(ResultActions page, String field) throws Exception {
        Element message = Jsoup.parse(page.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .getElementById(field + "-error");
        return message == null ? "" : message.text();
    }
}

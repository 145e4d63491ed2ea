package com.agentacademy.catalog;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.agentacademy.gift.GiftFormat;

/**
 * Turns the text of a GIFT question, answer or feedback into safe HTML according to its format:
 * Markdown through the module renderer, HTML and Moodle's auto-format through the sanitiser, plain
 * text escaped. Used by knowledge checks in modules and by exam pages.
 */
@Component
public class GiftTextRenderer {

    private static final ModuleLinks NO_LINKS = new ModuleLinks("", path -> false, name -> false);

    private final HtmlSanitiser sanitiser;
    private final MarkdownRenderer markdown;

    GiftTextRenderer(HtmlSanitiser sanitiser, MarkdownRenderer markdown) {
        this.sanitiser = sanitiser;
        this.markdown = markdown;
    }

    /** The text as inline HTML (a single paragraph loses its {@code <p>}), or "" for {@code null}. */
    public String inline(String text, GiftFormat format) {
        if (text == null) {
            return "";
        }
        return switch (format) {
            case HTML, MOODLE -> sanitiser.sanitise(text);
            case MARKDOWN -> unwrapParagraph(markdown.render(text, NO_LINKS).html());
            case PLAIN -> HtmlUtils.htmlEscape(text);
        };
    }

    /** A one-paragraph rendering without its paragraph, so it can stand in a legend or label. */
    private static String unwrapParagraph(String html) {
        String trimmed = html.strip();
        if (trimmed.startsWith("<p>") && trimmed.endsWith("</p>") && trimmed.indexOf("<p>", 3) < 0) {
            return trimmed.substring(3, trimmed.length() - 4);
        }
        return trimmed;
    }
}

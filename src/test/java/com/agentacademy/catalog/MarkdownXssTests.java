package com.agentacademy.catalog;

import static com.agentacademy.catalog.SafeHtml.assertSafe;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Hostile Markdown through the whole pipeline. Flexmark lets several spellings of
 * {@code javascript:} through on its own; these show that nothing active reaches the page.
 */
class MarkdownXssTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitiser());

    private final ModuleLinks links = new ModuleLinks("service-manual", path -> true, file -> true);

    static final List<String> HOSTILE_MARKDOWN = List.of(
            // raw HTML, block and inline
            "<script>alert(1)</script>",
            "Text <script>alert(1)</script> inline",
            "<img src=x onerror=alert(1)>",
            "Inline <img src=x onerror=alert(1)> image",
            "<svg onload=alert(1)>",
            "**<svg/onload=alert(1)>**",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"data:text/html,alert(1)\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "Inline <a href=\"&#106;avascript:alert(1)\">x</a>",
            "<p onclick=\"alert(1)\">x</p>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>body{display:none}</style>",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>x</details>",
            "<base href=\"javascript:alert(1)//\">",
            // link schemes in every spelling
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java&#115;cript:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](&#X6a;avascript:alert(1))",
            "[x](&#106avascript:alert(1))",
            "[x](&#0000106&#0000097vascript:alert(1))",
            "[x](javascript&colon;alert(1))",
            "[x](javascript&#58;alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x](java&#9;script:alert(1))",
            "[x](java&Tab;script:alert(1))",
            "[x](java&#10;script:alert(1))",
            "[x](java&NewLine;script:alert(1))",
            "[x]( javascript:alert(1))",
            "[x](\u0001javascript:alert(1))",
            "[x](&#14;javascript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](%6A%61%76%61%73%63%72%69%70%74%3Aalert(1))",
            "[x](javascript%3Aalert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](VBScript&#58;msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](javascript:alert(1) \"title\")",
            // images
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![x](<data:image/svg+xml,<svg onload=alert(1)>>)",
            "![x](javascript:alert(1))",
            "![x](mailto:a@example.com)",
            "![x](images/a.png \"\\\" onerror=\\\"alert(1)\")",
            "![x\" onerror=\"alert(1)](images/a.png)",
            "[![x](javascript:alert(1))](javascript:alert(2))",
            // references and autolinks
            "[x][r]\n\n[r]: javascript:alert(1)",
            "[x][r] ![y][r]\n\n[r]: <JAVASCRIPT:alert(1)> \"t\"",
            "[r]\n\n[r]: java&#115;cript:alert(1)",
            "<javascript:alert(1)>",
            "<vbscript:msgbox(1)>",
            "<data:text/html,alert(1)>",
            // hostile content inside other constructs
            "| a | b |\n| --- | --- |\n| [x](javascript:alert(1)) | <img src=x onerror=alert(1)> |",
            "Text[^1]\n\n[^1]: [x](javascript:alert(1)) <script>alert(1)</script>",
            "!!! tip \"<img src=x onerror=alert(1)>\"\n    [x](javascript:alert(1)) <svg onload=alert(1)>",
            "!!! warning \"\\\" onclick=\\\"alert(1)\"\n    text",
            "> [x](JAVASCRIPT:alert(1))",
            "- [ ] [x](javascript:alert(1))\n- [x] <b onmouseover=alert(1)>y</b>",
            "Term\n: [x](vbscript:msgbox(1))",
            "## <script>alert(1)</script> heading",
            "## Heading <img src=x onerror=alert(1)>",
            "# [x](javascript:alert(1))",
            "[<img src=x onerror=alert(1)>](https://example.com)",
            "```\n</code><script>alert(1)</script>\n```",
            "`<script>alert(1)</script>`",
            "```gift\n::q::<script>alert(1)</script> {T}\n```",
            "```html onload=alert(1)\nx\n```",
            "~~<img src=x onerror=alert(1)>~~",
            "[x](https://example.com\" onclick=\"alert(1))",
            "[x](//evil.example/\" style=\"position:fixed)");

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(HOSTILE_MARKDOWN).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @FieldSource("HOSTILE_MARKDOWN")
    void leavesNothingActive(String markdown) {
        assertSafe(renderer.render(markdown, links).html());
    }

    @Test
    void keepsTheTextOfALinkWhoseTargetIsRefused() {
        Element body = Jsoup.parseBodyFragment(renderer.render("Call [support](java&#115;cript:alert(1)) now.", links).html()).body();

        assertThat(body.text()).isEqualTo("Call support now.");
        assertThat(body.select("a[href]")).isEmpty();
    }

    @Test
    void leavesSafeLinksAlone() {
        Element body = Jsoup.parseBodyFragment(renderer.render(
                "[a](https://example.com/x?y=1#z) [b](mailto:qa@example.com) [c](#grading) [d](02-call-flow.md)", links)
                .html()).body();

        assertThat(body.select("a").eachAttr("href")).containsExactly("https://example.com/x?y=1#z",
                "mailto:qa@example.com", "#grading", "/courses/service-manual/modules/call-flow");
        assertThat(body.select("a")).allSatisfy(
                a -> assertThat(SafeHtml.isSafeUrl(a.attr("href"), Set.of("http", "https", "mailto"))).isTrue());
    }
}

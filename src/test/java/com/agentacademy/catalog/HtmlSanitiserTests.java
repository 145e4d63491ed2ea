package com.agentacademy.catalog;

import static com.agentacademy.catalog.SafeHtml.assertSafe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class HtmlSanitiserTests {

    private final HtmlSanitiser sanitiser = new HtmlSanitiser();

    private Element sanitised(String html) {
        return Jsoup.parseBodyFragment(sanitiser.sanitise(html)).body();
    }

    static final List<String> HOSTILE_HTML = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"javascript:alert(1)\">",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<img src=\"mailto:a@example.com\">",
            "<svg onload=alert(1)><circle/></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
            "<a href=\"&#106avascript:alert(1)\">x</a>",
            "<a href=\"&#0000106&#0000097vascript:alert(1)\">x</a>",
            "<a href=\"java&#9;script:alert(1)\">x</a>",
            "<a href=\"java&#x0A;script:alert(1)\">x</a>",
            "<a href=\"java&Tab;script:alert(1)\">x</a>",
            "<a href=\" &#14; javascript:alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<p onclick=\"alert(1)\" onmouseover=alert(1)>x</p>",
            "<form action=\"javascript:alert(1)\"><input type=submit><button formaction=javascript:alert(1)>x</button></form>",
            "<input type=\"text\" value=\"x\" autofocus onfocus=alert(1)>",
            "<input type=\"checkbox\" onclick=\"alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<style>body{display:none}</style>",
            "<details open ontoggle=alert(1)>x</details>",
            "<div id=\"x\" class=\"knowledge-check\" data-check=\"1 onclick=alert(1)\"></div>",
            "<aside role=\"dialog\" onclick=alert(1)>x</aside>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<a href=\"https://example.com\" target=\"_blank\" onclick=\"alert(1)\">x</a>");

    @ParameterizedTest
    @FieldSource("HOSTILE_HTML")
    void leavesNothingActiveInHostileHtml(String html) {
        assertSafe(sanitiser.sanitise(html));
    }

    @Test
    void theSafetyCheckCatchesWhatItMustCatch() {
        assertThatThrownBy(() -> assertSafe("<a href=\" java&#x09;script:alert(1)\">x</a>")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSafe("<img src=\"data:image/png;base64,AA\">")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSafe("<p onclick=\"x\">x</p>")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSafe("<svg></svg>")).isInstanceOf(AssertionError.class);
        assertThat(SafeHtml.isSafeUrl("/courses/a/javascript:x", Set.of("http"))).isTrue();
        assertThat(SafeHtml.isSafeUrl("#x", Set.of())).isTrue();
    }

    @Test
    void keepsWhatMarkdownProduces() {
        Element body = sanitised("""
                <h2 id="问题分级处理标准">问题分级处理标准</h2>
                <p><em>a</em> <strong>b</strong> <del>c</del> <s>d</s> <code>e</code><br /><sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup></p>
                <pre><code class="language-java">int x;</code></pre>
                <blockquote><p>q</p></blockquote><hr />
                <table><thead><tr><th class="text-start">h</th></tr></thead><tbody><tr><td class="text-end">d</td></tr></tbody></table>
                <dl><dt>t</dt><dd>d</dd></dl>
                <ul><li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" checked="checked" disabled="disabled" /> done</li></ul>
                <aside class="callout callout-tip" role="note"><p class="callout-title">Do</p><p>x</p></aside>
                <div class="knowledge-check" data-check="3"></div>
                <div class="footnotes"><ol><li id="fn-1"><p>n</p><a href="#fnref-1" class="footnote-backref">↩</a></li></ol></div>
                <img src="/courses/c/images/a.png" alt="a" title="t" />
                """);

        assertThat(body.select("h2#问题分级处理标准, em, strong, del, s, br, pre code.language-java, blockquote, hr"))
                .hasSize(9);
        assertThat(body.select("th.text-start, td.text-end, dl dt, dl dd")).hasSize(4);
        assertThat(body.select("li.task-list-item input.task-list-item-checkbox[checked][disabled]")).hasSize(1);
        assertThat(body.select("aside.callout.callout-tip[role=note] p.callout-title")).hasSize(1);
        assertThat(body.select("div.knowledge-check[data-check=3]")).hasSize(1);
        assertThat(body.select("sup#fnref-1 a.footnote-ref[href=#fn-1], li#fn-1 a.footnote-backref[href=#fnref-1]"))
                .hasSize(2);
        assertThat(body.select("img[src=/courses/c/images/a.png][alt=a][title=t]")).hasSize(1);
    }

    @Test
    void marksOnlyLinksThatLeaveTheSite() {
        Element body = sanitised("""
                <a href="https://example.com">1</a><a href="//example.com">2</a><a href="mailto:a@example.com">3</a>
                <a href="/courses/x">4</a><a href="#top">5</a><a href="02-chipsets">6</a><a href="/\\example.com">7</a>
                <a href="/x" rel="opener">8</a>
                """);

        assertThat(body.select("a[rel]").eachText()).containsExactly("1", "2", "3", "7");
        assertThat(body.select("a[rel]").eachAttr("rel")).containsOnly("nofollow noopener");
    }

    @Test
    void keepsOnlyTheClassesTheApplicationUses() {
        Element body = sanitised("<p class=\"callout-title position-fixed top-0 w-100\">x</p>"
                + "<div class=\"modal-backdrop\">y</div><code class=\"language-java\">z</code>");

        assertThat(body.selectFirst("p").className()).isEqualTo("callout-title");
        assertThat(body.select("[class]")).hasSize(2);
    }

    @Test
    void letsOnlyReadOnlyCheckboxesThrough() {
        Element body = sanitised("<input type=\"checkbox\"><input type=\"text\" value=\"x\"><input type=\"password\">"
                + "<input>");

        assertThat(body.select("input")).singleElement()
                .satisfies(input -> assertThat(input.hasAttr("disabled")).isTrue());
    }

    @Test
    void showsImagesOnlyFromTheWebOrTheSite() {
        Element body = sanitised("<img src=\"https://cdn.example.com/a.png\" alt=\"1\"><img src=\"http://a/b.png\" alt=\"2\">"
                + "<img src=\"images/c.png\" alt=\"3\"><img src=\"data:image/png;base64,AAAA\" alt=\"4\">"
                + "<img src=\"mailto:a@example.com\" alt=\"5\"><img src=\"javascript:alert(1)\" alt=\"6\">");

        assertThat(body.select("img[src]").eachAttr("alt")).containsExactly("1", "2", "3");
    }

    @Test
    void allowsOnlyNoteAsTheRoleOfAnAside() {
        Element body = sanitised("<aside role=\"note\">a</aside><aside role=\"alert\">b</aside><div role=\"note\">c</div>");

        assertThat(body.select("[role]").eachText()).containsExactly("a");
    }
}

package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.agentacademy.catalog.RenderedModule.Problem;
import com.agentacademy.catalog.RenderedModule.TocEntry;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitiser());

    private final ModuleLinks links = new ModuleLinks("handset-products", Set.of("images/hinge.png")::contains,
            Set.of("02-chipsets.md", "02-chipsets.zh-CN.md")::contains);

    private RenderedModule render(String markdown) {
        return renderer.render(markdown, links);
    }

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown).html()).body();
    }

    @Test
    void rendersTablesWithAlignmentAsClasses() {
        Element body = body("""
                | Level | Response |
                | :--- | ---: |
                | Simple query | ≤ 2 min |
                """);

        assertThat(body.select("table thead th").eachText()).containsExactly("Level", "Response");
        assertThat(body.select("table tbody td").eachText()).containsExactly("Simple query", "≤ 2 min");
        assertThat(body.select("td").get(0).className()).isEqualTo("text-start");
        assertThat(body.select("td").get(1).className()).isEqualTo("text-end");
        assertThat(body.select("[align], [style]")).isEmpty();
    }

    @Test
    void rendersTaskListsAsDisabledCheckboxes() {
        Element body = body("""
                - [ ] Back up the phone
                - [x] Note the IMEI
                """);

        assertThat(body.select("li.task-list-item")).hasSize(2);
        assertThat(body.select("input[type=checkbox]")).hasSize(2)
                .allSatisfy(box -> assertThat(box.hasAttr("disabled")).isTrue());
        assertThat(body.select("input[checked]")).hasSize(1);
        assertThat(body.select("li").get(1).text()).isEqualTo("Note the IMEI");
    }

    @Test
    void rendersStrikethrough() {
        Element body = body("The ~~old~~ new price.");

        assertThat(body.select("del").text()).isEqualTo("old");
    }

    @Test
    void turnsBareAddressesIntoLinks() {
        Element body = body("See https://support.example.com, www.example.com or write to help@example.com.");

        assertThat(body.select("a").eachAttr("href")).containsExactly("https://support.example.com",
                "http://www.example.com", "mailto:help@example.com");
        assertThat(body.select("a").eachAttr("rel")).containsOnly("nofollow noopener");
    }

    @Test
    void rendersFootnotesWithTheirBackReferences() {
        Element body = body("""
                Batteries wear out[^cycles].

                [^cycles]: After about 800 full charge cycles.
                """);

        Element reference = body.selectFirst("sup a.footnote-ref");
        assertThat(reference).isNotNull();
        Element note = body.selectFirst(".footnotes li");
        assertThat(reference.attr("href")).isEqualTo("#" + note.id());
        assertThat(note.text()).contains("After about 800 full charge cycles.");
        assertThat(note.selectFirst("a.footnote-backref").attr("href")).isEqualTo("#" + body.selectFirst("sup").id());
    }

    @Test
    void rendersDefinitionLists() {
        Element body = body("""
                FCR
                : First-contact resolution: solved in the first call.
                """);

        assertThat(body.select("dl dt").text()).isEqualTo("FCR");
        assertThat(body.select("dl dd").text()).isEqualTo("First-contact resolution: solved in the first call.");
    }

    @Test
    void givesHeadingsUniqueIdsAndListsSecondAndThirdLevelsInTheTableOfContents() {
        RenderedModule module = render("""
                # Grading an issue
                ## The grading table
                ### Borderline **cases**
                ## The grading table
                ## 问题分级处理标准
                ## P70 与 P70 Pro
                ## ？！
                #### Deep detail
                """);

        assertThat(module.toc()).containsExactly(
                new TocEntry(2, "the-grading-table", "The grading table"),
                new TocEntry(3, "borderline-cases", "Borderline cases"),
                new TocEntry(2, "the-grading-table-2", "The grading table"),
                new TocEntry(2, "问题分级处理标准", "问题分级处理标准"),
                new TocEntry(2, "p70-与-p70-pro", "P70 与 P70 Pro"),
                new TocEntry(2, "section-7", "？！"));
        Element body = Jsoup.parseBodyFragment(module.html()).body();
        assertThat(body.select("h1, h2, h3, h4").eachAttr("id")).containsExactly("grading-an-issue",
                "the-grading-table", "borderline-cases", "the-grading-table-2", "问题分级处理标准", "p70-与-p70-pro",
                "section-7", "deep-detail");
    }

    @Test
    void keepsHeadingIdsOutOfTheFootnotesWay() {
        RenderedModule module = render("""
                ## fn 1
                Text[^a].

                [^a]: Note.
                """);

        Element body = Jsoup.parseBodyFragment(module.html()).body();
        assertThat(body.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(module.toc().get(0).id()).isEqualTo("section-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            !!! note                | callout-note    | Note
            !!! tip                 | callout-tip     | Tip
            !!! warning             | callout-warning | Warning
            !!! note "Remember"     | callout-note    | Remember
            !!! tip "Do"            | callout-tip     | Do
            !!! warning "Don't"     | callout-warning | Don't
            !!! tip "建议这样做"      | callout-tip     | 建议这样做
            """)
    void rendersCalloutsAsNotesWithATitle(String opening, String kind, String title) {
        Element body = body(opening + "\n    Confirm the caller's identity **first**.\n");

        Element aside = body.selectFirst("aside");
        assertThat(aside.classNames()).containsExactlyInAnyOrder("callout", kind);
        assertThat(aside.attr("role")).isEqualTo("note");
        assertThat(aside.selectFirst("p.callout-title").text()).isEqualTo(title);
        assertThat(aside.select("p").get(1).text()).isEqualTo("Confirm the caller's identity first.");
        assertThat(aside.select("strong")).hasSize(1);
        assertThat(body.select("svg, script")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            !!! note    | 注意
            !!! tip     | 提示
            !!! warning | 警告
            """)
    void aChineseModuleNamesUntitledCalloutsInChinese(String opening, String title) {
        RenderedModule module = renderer.render(opening + "\n    先核实身份。\n", links, ContentLocale.ZH_CN);

        Element aside = Jsoup.parseBodyFragment(module.html()).body().selectFirst("aside");
        assertThat(aside.selectFirst("p.callout-title").text()).isEqualTo(title);
    }

    @Test
    void showsACalloutOfUnknownKindAsANoteAndReportsIt() {
        RenderedModule module = render("Intro.\n\n!!! danger\n    Careful.\n");

        Element aside = Jsoup.parseBodyFragment(module.html()).selectFirst("aside");
        assertThat(aside.hasClass("callout-note")).isTrue();
        assertThat(module.problems()).extracting(Problem::line).containsExactly(3);
        assertThat(module.problems().get(0).message()).contains("danger");
    }

    @Test
    void replacesGiftBlocksWithNumberedPlaceholdersAndReturnsTheirSource() {
        RenderedModule module = render("""
                ## Knowledge check

                ```gift
                ::one::Is a cracked screen a hardware fault? {T}
                ```

                ```text
                Not a question.
                ```

                !!! tip
                    ```gift
                    ::two::2 + 2 = {#4}
                    ```
                """);

        Element body = Jsoup.parseBodyFragment(module.html()).body();
        assertThat(body.select("div.knowledge-check").eachAttr("data-check")).containsExactly("0", "1");
        assertThat(body.select("div.knowledge-check")).allSatisfy(div -> assertThat(div.childNodeSize()).isZero());
        assertThat(body.select("aside div.knowledge-check").attr("data-check")).isEqualTo("1");
        assertThat(body.select("pre code").text()).isEqualTo("Not a question.");
        assertThat(module.knowledgeChecks()).containsExactly(
                "::one::Is a cracked screen a hardware fault? {T}\n", "::two::2 + 2 = {#4}\n");
        assertThat(module.plainText()).doesNotContain("cracked screen", "2 + 2");
    }

    @Test
    void pointsImagesAndModuleLinksAtTheApplication() {
        Element body = body("""
                ![The hinge](images/hinge.png "Fold 3 hinge") ![Same](./images/hinge.png)
                [Chipsets](02-chipsets.md), [the NPU](02-chipsets.md#npu), [中文](02-chipsets.zh-CN.md),
                [above](#grading), [site](/courses), [web](https://example.com/a?b=c), [mail](mailto:qa@example.com),
                [by reference][chips]

                [chips]: 02-chipsets.md
                """);

        assertThat(body.select("img").eachAttr("src")).containsExactly("/courses/handset-products/images/hinge.png",
                "/courses/handset-products/images/hinge.png");
        assertThat(body.selectFirst("img").attr("alt")).isEqualTo("The hinge");
        assertThat(body.selectFirst("img").attr("title")).isEqualTo("Fold 3 hinge");
        assertThat(body.select("a").eachAttr("href")).containsExactly("/courses/handset-products/modules/chipsets",
                "/courses/handset-products/modules/chipsets#npu", "/courses/handset-products/modules/chipsets",
                "#grading", "/courses", "https://example.com/a?b=c", "mailto:qa@example.com",
                "/courses/handset-products/modules/chipsets");
        assertThat(body.select("a[rel]").eachAttr("href")).containsExactly("https://example.com/a?b=c",
                "mailto:qa@example.com");
    }

    @Test
    void reportsMissingImagesAndModulesWithTheirLineInTheFile() {
        RenderedModule module = render("""
                ---
                title: Foldable care
                minutes: 10
                ---
                Intro with a [good link](02-chipsets.md).

                ![Missing hinge](images/missing.png)

                See [cameras](04-cameras.md#zoom) and [a fold][fold].

                [fold]: images/fold.png
                Outside: ![x](../other-course/images/a.png)
                """);

        assertThat(module.problems()).containsExactly(
                new Problem(7, "Image not found: images/missing.png"),
                new Problem(9, "Module not found: 04-cameras.md"),
                new Problem(9, "Linked file not found: images/fold.png"),
                new Problem(12, "Leads outside the course: ../other-course/images/a.png"));
        assertThat(module.html()).isNotBlank();
    }

    @Test
    void dropsRawHtmlAndReportsIt() {
        RenderedModule module = render("""
                Before.

                <div class="alert">Hidden block</div>

                Some <b title="x">inline</b> HTML.
                <!-- a comment for other authors -->
                """);

        Element body = Jsoup.parseBodyFragment(module.html()).body();
        assertThat(body.select("div, b")).isEmpty();
        assertThat(body.text()).doesNotContain("Hidden block", "<", "comment").contains("Some inline HTML.");
        assertThat(module.problems()).extracting(Problem::line).containsExactly(3, 5);
    }

    @Test
    void leavesTheFrontMatterOut() {
        RenderedModule module = render("---\ntitle: Chipsets\nminutes: 12\n---\nBody text.\n");

        assertThat(module.plainText()).isEqualTo("Body text.");
    }

    @Test
    void givesTheVisibleTextForSearch() {
        RenderedModule module = render("""
                ## Grading

                Ask   three questions:

                | Level | Who |
                | --- | --- |
                | Simple | tier 1 |

                !!! warning "Don't"
                    Promise a free repair.

                A note[^1].

                [^1]: Footnote text.
                """);

        assertThat(module.plainText()).isEqualTo(
                "Grading Ask three questions: Level Who Simple tier 1 Don't Promise a free repair. A note1. Footnote text.");
    }

    @Test
    void rendersARealModuleWithItsTableCalloutsAndKnowledgeCheck() throws Exception {
        String markdown = Files.readString(Path.of("courses/service-manual/04-issue-grading.md"));
        ModuleLinks serviceManual = new ModuleLinks("service-manual", path -> true, file -> true);

        RenderedModule module = renderer.render(markdown, serviceManual);

        Element body = Jsoup.parseBodyFragment(module.html()).body();
        assertThat(body.select("table")).hasSize(2);
        assertThat(body.select("table").get(0).select("th").eachText()).containsExactly("Level", "Typical example",
                "Response", "Resolution", "Who handles it");
        assertThat(body.select("aside.callout-tip p.callout-title").text()).isEqualTo("Do");
        assertThat(body.select("aside.callout-warning p.callout-title").text()).isEqualTo("Don't");
        assertThat(body.select("div.knowledge-check[data-check=0]")).hasSize(1);
        assertThat(module.knowledgeChecks()).singleElement().asString().contains("::sm04-update::", "::sm04-battery::");
        assertThat(module.toc()).extracting(TocEntry::text).containsExactly("The grading table",
                "How to decide the level", "Borderline cases", "Worked examples", "Knowledge check");
        assertThat(module.problems()).isEmpty();
        assertThat(module.plainText()).startsWith("Every issue you record gets a grade.").doesNotContain("title:");
    }

    @Test
    void rendersTheSameModuleAlikeFromManyThreads() {
        String markdown = "## Same\n\n```gift\n::q::Q {T}\n```\n\n[x](02-chipsets.md)\n";
        RenderedModule expected = render(markdown);

        List<RenderedModule> rendered = IntStream.range(0, 200).parallel().mapToObj(i -> render(markdown)).toList();

        assertThat(rendered).containsOnly(expected);
    }

    /** Found by fuzzing: flexmark leaves the raw HTML here with a parent outside the document. */
    @Test
    void reportsRawHtmlThatFlexmarkMovedOutOfTheDocumentTree() {
        RenderedModule rendered = render("m\n: d\n\n--\n<c>\n:");

        assertThat(rendered.problems()).containsExactly(new Problem(5, "Raw HTML is not shown: write Markdown instead"));
    }
}

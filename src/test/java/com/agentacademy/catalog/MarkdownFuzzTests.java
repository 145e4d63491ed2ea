package com.agentacademy.catalog;

import static com.agentacademy.catalog.SafeHtml.assertSafe;
import static com.agentacademy.catalog.SafeHtml.assertSafeModule;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.support.StaticMessageSource;

import com.agentacademy.gift.GiftFormat;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The Markdown pipeline under a fuzzer: whatever a trainer types, rendering never throws and the
 * page gets nothing that can run. Under {@code ./mvnw verify} each test runs once per saved input
 * in {@code MarkdownFuzzTestsInputs/<test>/} (UTF-8 text: the seeds and anything a fuzzing run
 * found); with {@code JAZZER_FUZZ=1} it fuzzes (see {@code docs/security.md}).
 */
class MarkdownFuzzTests {

    private static final HtmlSanitiser SANITISER = new HtmlSanitiser();

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(SANITISER);

    private static final GiftTextRenderer TEXTS = new GiftTextRenderer(SANITISER, RENDERER);

    private static final ModuleRendering MODULES = new ModuleRendering(RENDERER,
            new KnowledgeCheckRenderer(new StaticMessageSource(), TEXTS));

    /** A module as an author writes it, knowledge checks and links to its own images and modules included. */
    @FuzzTest(maxDuration = "5m")
    void aModuleNeverShowsAnythingActive(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);

        ModuleRendering.Result result = MODULES.render("service-manual", markdown, Set.of("a.png"),
                Set.of("01-intro.md", "02-call-flow.md"), Locale.ENGLISH);

        assertSafeModule(result.rendered().html());
    }

    /** The text of a GIFT question in each of its formats, as exam pages and knowledge checks show it. */
    @FuzzTest(maxDuration = "5m")
    void questionTextNeverShowsAnythingActive(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        for (GiftFormat format : GiftFormat.values()) {
            assertSafe(TEXTS.inline(text, format));
        }
    }
}

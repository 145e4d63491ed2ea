package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * Renders a module's Markdown, front matter included, to sanitised HTML with its table of contents,
 * its knowledge checks, its text for search and the problems an author should fix. The parser and
 * the renderer are built once and are safe to share between threads; everything that belongs to
 * one module travels with its parsed document.
 */
@Component
class MarkdownRenderer {

    private final Parser parser;

    private final HtmlRenderer renderer;

    private final HtmlSanitiser sanitiser;

    MarkdownRenderer(HtmlSanitiser sanitiser) {
        this.sanitiser = sanitiser;
        MutableDataSet options = new MutableDataSet()
                .set(HtmlRenderer.SUPPRESS_HTML, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        List<Extension> extensions = List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), YamlFrontMatterExtension.create());
        List<Extension> parserExtensions = new ArrayList<>(extensions);
        parserExtensions.add(AdmonitionExtension.create());
        this.parser = Parser.builder(options).extensions(parserExtensions).build();
        // The admonition extension only parses: ModuleNodeRenderer draws callouts without its SVG.
        this.renderer = HtmlRenderer.builder(options)
                .extensions(extensions)
                .nodeRendererFactory(dataHolder -> new ModuleNodeRenderer())
                .linkResolverFactory(new ModuleLinkResolver.Factory())
                .attributeProviderFactory(new ModuleAttributeProvider.Factory())
                .build();
    }

    RenderedModule render(String markdown, ModuleLinks links) {
        return render(markdown, links, ContentLocale.EN);
    }

    /** Renders a module written in the given language, which names callouts that have no title. */
    RenderedModule render(String markdown, ModuleLinks links, ContentLocale language) {
        Document document = parser.parse(markdown);
        Headings headings = Headings.of(document);
        KnowledgeChecks knowledgeChecks = KnowledgeChecks.in(document);
        new RenderingContext(links, headings, knowledgeChecks, language).attachTo(document);
        String html = sanitiser.sanitise(renderer.render(document));
        return new RenderedModule(html, headings.toc(), plainText(html), knowledgeChecks.sources(),
                ContentProblems.in(document, links));
    }

    private static String plainText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(".footnote-backref").remove();
        return body.text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}

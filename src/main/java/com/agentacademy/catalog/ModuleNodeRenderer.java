package com.agentacademy.catalog;

import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Renders what modules add to Markdown. Callouts become a plain {@code aside} with a title instead
 * of the admonition extension's markup, which needs inline SVG and a script. A {@code gift} block
 * becomes an empty placeholder that the reader fills with the practice question; every other fenced
 * block is left to flexmark.
 */
final class ModuleNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, ModuleNodeRenderer::renderCallout),
                new NodeRenderingHandler<>(FencedCodeBlock.class, ModuleNodeRenderer::renderFencedCode));
    }

    private static void renderCallout(AdmonitionBlock block, NodeRendererContext context, HtmlWriter html) {
        Callout callout = Callout.named(block.getInfo().toString()).orElse(Callout.NOTE);
        String written = block.getTitle().unescape().strip();
        String title = written.isEmpty()
                ? callout.defaultTitle(RenderingContext.of(context.getDocument()).language()) : written;
        html.attr("class", "callout callout-" + callout.keyword()).attr("role", "note").withAttr();
        html.tagLineIndent("aside", () -> {
            html.attr("class", "callout-title").withAttr().tag("p").text(title).closeTag("p").line();
            context.renderChildren(block);
        });
    }

    private static void renderFencedCode(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        if (!KnowledgeChecks.isKnowledgeCheck(block)) {
            context.delegateRender();
            return;
        }
        int index = RenderingContext.of(context.getDocument()).knowledgeChecks().indexOf(block);
        html.attr("class", "knowledge-check").attr("data-check", Integer.toString(index)).withAttr();
        html.tag("div").closeTag("div").line();
    }
}

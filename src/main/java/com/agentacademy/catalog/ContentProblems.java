package com.agentacademy.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.agentacademy.catalog.RenderedModule.Problem;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What the author of a module should fix: relative images and links whose target does not exist,
 * callouts of an unknown kind, and raw HTML, which the reader never shows. Each is reported once
 * per line, with the line counted from the top of the file including its front matter.
 */
final class ContentProblems {

    private ContentProblems() {
    }

    static List<Problem> in(Document document, ModuleLinks links) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Node node : document.getDescendants()) {
            // the document, not the node, counts the line: flexmark leaves some moved nodes (raw HTML in
            // a definition under a setext heading) with a parent that is no longer in the document
            problemOf(node, document, links).ifPresent(message -> problems.add(
                    new Problem(document.getLineNumber(node.getStartOffset()) + 1, message)));
        }
        return List.copyOf(problems);
    }

    private static Optional<String> problemOf(Node node, Document document, ModuleLinks links) {
        if (node instanceof Image image) {
            return LinkTarget.resolve(image.getUrl().unescape(), true, links).problem();
        }
        if (node instanceof Link link) {
            return LinkTarget.resolve(link.getUrl().unescape(), false, links).problem();
        }
        if ((node instanceof ImageRef || node instanceof LinkRef) && ((RefNode) node).isDefined()) {
            String url = ((RefNode) node).getReferenceNode(document).getUrl().unescape();
            return LinkTarget.resolve(url, node instanceof ImageRef, links).problem();
        }
        if (node instanceof AdmonitionBlock callout) {
            String kind = callout.getInfo().toString();
            return Callout.named(kind).isPresent() ? Optional.empty()
                    : Optional.of("Unknown callout kind \"" + kind + "\", shown as a note: use note, tip or warning");
        }
        if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            return Optional.of("Raw HTML is not shown: write Markdown instead");
        }
        return Optional.empty();
    }
}

package com.agentacademy.catalog;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives headings their anchors, and aligns table columns with a class rather than the obsolete
 * {@code align} attribute, so that the sanitiser needs to let through neither {@code align} nor
 * {@code style}.
 */
final class ModuleAttributeProvider implements AttributeProvider {

    private final Headings headings;

    private ModuleAttributeProvider(Headings headings) {
        this.headings = headings;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading heading && part == AttributablePart.NODE) {
            attributes.replaceValue("id", headings.idOf(heading));
        }
        else if (node instanceof TableCell cell && cell.getAlignment() != null) {
            attributes.remove("align");
            attributes.addValue("class", alignment(cell.getAlignment()));
        }
    }

    private static String alignment(TableCell.Alignment alignment) {
        return switch (alignment) {
            case LEFT -> "text-start";
            case CENTER -> "text-center";
            case RIGHT -> "text-end";
        };
    }

    /** Flexmark asks for a provider per rendering; each takes the headings of the module being rendered. */
    static final class Factory extends IndependentAttributeProviderFactory {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new ModuleAttributeProvider(RenderingContext.of(context.getDocument()).headings());
        }
    }
}

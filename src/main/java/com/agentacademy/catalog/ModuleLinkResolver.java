package com.agentacademy.catalog;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/** Points the relative links and images of a module at the URLs the application serves them from. */
final class ModuleLinkResolver implements LinkResolver {

    private final ModuleLinks links;

    private ModuleLinkResolver(ModuleLinks links) {
        this.links = links;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (node instanceof AutoLink || node instanceof MailLink) {
            // Always absolute; flexmark adds the http:// or mailto: after resolving.
            return link;
        }
        boolean image = node instanceof Image || node instanceof ImageRef;
        return link.withUrl(LinkTarget.resolve(link.getUrl(), image, links).url());
    }

    /** Flexmark asks for a resolver per rendering; each takes the links of the module being rendered. */
    static final class Factory extends IndependentLinkResolverFactory {

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new ModuleLinkResolver(RenderingContext.of(context.getDocument()).links());
        }
    }
}

package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The one way a module's Markdown becomes HTML, for the import, the editor's preview and
 * publishing alike: render and sanitise, then put the knowledge checks in. The result is stored
 * with the revision, so readers never cause rendering.
 */
@Service
class ModuleRendering {

    /** The finished module and every problem an author should fix, at lines of the Markdown given. */
    record Result(RenderedModule rendered, List<RenderedModule.Problem> problems) {
    }

    private final MarkdownRenderer renderer;
    private final KnowledgeCheckRenderer checks;

    ModuleRendering(MarkdownRenderer renderer, KnowledgeCheckRenderer checks) {
        this.renderer = renderer;
        this.checks = checks;
    }

    /**
     * @param imageNames the names of the images the course has (under {@code images/})
     * @param moduleFiles the module file names of the course, such as {@code 02-chipsets.md}
     * @param locale the language of the module, for the knowledge checks' buttons
     */
    Result render(String courseSlug, String markdown, Set<String> imageNames, Set<String> moduleFiles, Locale locale) {
        var links = new ModuleLinks(courseSlug,
                path -> path.startsWith("images/") && imageNames.contains(path.substring("images/".length())),
                moduleFiles::contains);
        RenderedModule rendered = renderer.render(markdown, links);
        List<RenderedModule.Problem> problems = new ArrayList<>(rendered.problems());
        List<Integer> blockLines = giftBlockLines(markdown);
        String html = rendered.html();
        for (int i = 0; i < rendered.knowledgeChecks().size(); i++) {
            KnowledgeCheckRenderer.Check check = checks.render(rendered.knowledgeChecks().get(i), i, locale);
            int firstLine = i < blockLines.size() ? blockLines.get(i) : 1;
            check.problems().forEach(problem -> problems.add(new RenderedModule.Problem(firstLine + problem.line(),
                    "knowledge check: " + problem.message())));
            html = html.replace("<div class=\"knowledge-check\" data-check=\"" + i + "\"></div>", check.html());
        }
        var finished = new RenderedModule(html, rendered.toc(), rendered.plainText(), rendered.knowledgeChecks(), problems);
        return new Result(finished, List.copyOf(problems));
    }

    /** The 1-based line of each {@code ```gift} fence, in order. */
    private static List<Integer> giftBlockLines(String markdown) {
        List<Integer> lines = new ArrayList<>();
        String[] all = markdown.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if ((line.startsWith("```") || line.startsWith("~~~")) && line.substring(3).strip().equals("gift")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}

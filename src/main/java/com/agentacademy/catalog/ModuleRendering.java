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
        RenderedModule rendered = renderer.render(markdown, links(courseSlug, imageNames, moduleFiles), ContentLocale.of(locale));
        String html = rendered.html();
        for (int i = 0; i < rendered.knowledgeChecks().size(); i++) {
            KnowledgeCheckRenderer.Check check = checks.render(rendered.knowledgeChecks().get(i), i, locale);
            html = html.replace("<div class=\"knowledge-check\" data-check=\"" + i + "\"></div>", check.html());
        }
        List<RenderedModule.Problem> problems = problemsOf(rendered, markdown);
        var finished = new RenderedModule(html, rendered.toc(), rendered.plainText(), rendered.knowledgeChecks(), problems);
        return new Result(finished, problems);
    }

    /**
     * The problems {@link #render} would find, without building the knowledge checks' forms: what
     * checking a courses folder needs, with no message bundle and no database.
     */
    static List<RenderedModule.Problem> problemsOf(MarkdownRenderer renderer, String courseSlug, String markdown,
            Set<String> imageNames, Set<String> moduleFiles) {
        return problemsOf(renderer.render(markdown, links(courseSlug, imageNames, moduleFiles)), markdown);
    }

    private static ModuleLinks links(String courseSlug, Set<String> imageNames, Set<String> moduleFiles) {
        return new ModuleLinks(courseSlug,
                path -> path.startsWith("images/") && imageNames.contains(path.substring("images/".length())),
                moduleFiles::contains);
    }

    /** The rendering's own problems, then each knowledge check's, at lines of the Markdown. */
    private static List<RenderedModule.Problem> problemsOf(RenderedModule rendered, String markdown) {
        List<RenderedModule.Problem> problems = new ArrayList<>(rendered.problems());
        List<Integer> blockLines = giftBlockLines(markdown);
        for (int i = 0; i < rendered.knowledgeChecks().size(); i++) {
            int firstLine = i < blockLines.size() ? blockLines.get(i) : 1;
            KnowledgeCheckRenderer.problemsOf(rendered.knowledgeChecks().get(i))
                    .forEach(problem -> problems.add(new RenderedModule.Problem(firstLine + problem.line(),
                            "knowledge check: " + problem.message())));
        }
        return List.copyOf(problems);
    }

    /** The 1-based line of each {@code ```gift} fence, in order. */
    private static List<Integer> giftBlockLines(String markdown) {
        List<Integer> lines = new ArrayList<>();
        String[] all = markdown.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if ((line.startsWith("```") || line.startsWith("~~~")) && line.substring(3).strip().equalsIgnoreCase("gift")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}

package com.agentacademy.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.security.SignedInPerson;

/**
 * The module editor: Markdown with a live preview from the same pipeline as publishing, drafts,
 * publishing (optionally as a major change), the revision history with diffs, and restoring.
 */
@Controller
@RequestMapping("/authoring/modules")
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
class ModuleEditorController {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final ModuleRevisionRepository revisions;
    private final CourseImageRepository images;
    private final ModuleRendering rendering;
    private final ModulePublishing publishing;

    ModuleEditorController(CourseRepository courses, CourseModuleRepository modules, ModuleRevisionRepository revisions,
            CourseImageRepository images, ModuleRendering rendering, ModulePublishing publishing) {
        this.courses = courses;
        this.modules = modules;
        this.revisions = revisions;
        this.images = images;
        this.rendering = rendering;
        this.publishing = publishing;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String title, Model model) {
        CourseModule module = find(id);
        ContentLocale locale = ContentLocale.ofTag(lang);
        Optional<ModuleRevision> latest = publishing.latest(id, locale);
        ModuleForm form = latest.map(ModuleForm::of).orElseGet(ModuleForm::new);
        if (latest.isEmpty()) {
            form.setTitle(title.isBlank() ? null : title.strip());
        }
        model.addAttribute("moduleForm", form);
        model.addAttribute("previewHtml", latest.map(ModuleRevision::getHtml).orElse(""));
        return editor(module, locale, latest, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "save") String action, @Valid ModuleForm moduleForm, BindingResult result,
            @AuthenticationPrincipal SignedInPerson trainer, Model model, RedirectAttributes redirect) {
        CourseModule module = find(id);
        Course course = courseOf(module);
        ContentLocale locale = ContentLocale.ofTag(lang);
        ModuleRendering.Result rendered = render(course, moduleForm.getMarkdown(), locale);
        model.addAttribute("previewHtml", rendered.rendered().html());
        model.addAttribute("problems", rendered.problems());
        boolean publish = "publish".equals(action);
        if (result.hasErrors() || (publish && !rendered.problems().isEmpty())) {
            return editor(module, locale, publishing.latest(id, locale), model);
        }
        try {
            if (publish) {
                publishing.publish(module, locale, moduleForm.toEdit(), rendered.rendered(), trainer.personId());
                redirect.addFlashAttribute("success", "editor.published");
            }
            else {
                publishing.saveDraft(module, locale, moduleForm.toEdit(), rendered.rendered(), trainer.personId());
                redirect.addFlashAttribute("success", "editor.saved");
            }
        }
        catch (ModulePublishing.Conflict | ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
            model.addAttribute("conflict", true);
            return editor(module, locale, publishing.latest(id, locale), model);
        }
        return "redirect:/authoring/modules/" + id + "?lang=" + locale.tag();
    }

    @PostMapping("/{id}/preview")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String markdown, Model model) {
        CourseModule module = find(id);
        ModuleRendering.Result rendered = render(courseOf(module), markdown, ContentLocale.ofTag(lang));
        model.addAttribute("previewHtml", rendered.rendered().html());
        model.addAttribute("problems", rendered.problems());
        return "authoring/editor :: preview";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, Model model) {
        CourseModule module = find(id);
        ContentLocale locale = ContentLocale.ofTag(lang);
        List<ModuleRevision> all = revisions.findByModuleIdAndLocaleOrderByNumberDesc(id, locale.tag());
        model.addAttribute("course", courseOf(module));
        model.addAttribute("module", module);
        model.addAttribute("lang", locale.tag());
        model.addAttribute("revisions", all);
        return "authoring/history";
    }

    @GetMapping("/{id}/diff")
    String diff(@PathVariable long id, @RequestParam long from, @RequestParam long to, Model model) {
        CourseModule module = find(id);
        ModuleRevision before = revisionOf(module, from);
        ModuleRevision after = revisionOf(module, to);
        model.addAttribute("course", courseOf(module));
        model.addAttribute("module", module);
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("lang", after.getLocale());
        model.addAttribute("lines", TextDiff.lines(before.getMarkdown(), after.getMarkdown()));
        return "authoring/diff";
    }

    @PostMapping("/{id}/revisions/{revisionId}/restore")
    String restore(@PathVariable long id, @PathVariable long revisionId, @AuthenticationPrincipal SignedInPerson trainer,
            RedirectAttributes redirect) {
        CourseModule module = find(id);
        ModuleRevision old = revisionOf(module, revisionId);
        publishing.restore(module, old, trainer.personId());
        redirect.addFlashAttribute("success", "editor.restored");
        return "redirect:/authoring/modules/" + id + "?lang=" + old.getLocale();
    }

    private String editor(CourseModule module, ContentLocale locale, Optional<ModuleRevision> latest, Model model) {
        model.addAttribute("course", courseOf(module));
        model.addAttribute("module", module);
        model.addAttribute("lang", locale.tag());
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("published", revisions.findFirstByModuleIdAndLocaleAndStatusOrderByNumberDesc(module.getId(),
                locale.tag(), ModuleRevision.Status.PUBLISHED).orElse(null));
        return "authoring/editor";
    }

    private ModuleRendering.Result render(Course course, String markdown, ContentLocale locale) {
        Set<String> imageNames = new HashSet<>(images.findNamesByCourseId(course.getId()));
        Set<String> moduleFiles = new HashSet<>();
        for (CourseModule sibling : modules.findByCourseIdOrderByPositionAsc(course.getId())) {
            for (ContentLocale variant : ContentLocale.values()) {
                moduleFiles.add(sibling.fileStem() + variant.fileSuffix() + ".md");
            }
        }
        return rendering.render(course.getSlug(), markdown == null ? "" : markdown, imageNames, moduleFiles,
                locale.locale());
    }

    private ModuleRevision revisionOf(CourseModule module, long revisionId) {
        return revisions.findById(revisionId).filter(revision -> revision.getModuleId().equals(module.getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Course courseOf(CourseModule module) {
        return courses.findById(module.getCourseId()).orElseThrow();
    }

    private CourseModule find(long id) {
        return modules.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

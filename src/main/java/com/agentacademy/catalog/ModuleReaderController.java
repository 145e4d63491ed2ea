package com.agentacademy.catalog;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.security.SignedInPerson;

/** The module reader: content, table of contents, previous / next, completion, reading position, feedback. */
@Controller
class ModuleReaderController {

    private final CatalogReading reading;
    private final LearningProgress learning;
    private final ModuleFeedbackRepository feedback;
    private final Clock clock;

    ModuleReaderController(CatalogReading reading, LearningProgress learning,
            ModuleFeedbackRepository feedback, Clock clock) {
        this.reading = reading;
        this.learning = learning;
        this.feedback = feedback;
        this.clock = clock;
    }

    @GetMapping("/courses/{slug}/modules/{moduleSlug}")
    String read(@PathVariable String slug, @PathVariable String moduleSlug, @RequestParam Optional<String> lang,
            @AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        Locale contentLocale = lang.map(Locale::forLanguageTag).orElse(locale);
        CatalogReading.ModulePage shown = reading.modulePage(slug, moduleSlug, person.personId(), contentLocale)
                .orElseThrow(ModuleReaderController::notFound);
        ShownRevision revision = shown.revision();
        model.addAttribute("page", shown.page());
        model.addAttribute("line", shown.line());
        model.addAttribute("revision", revision);
        model.addAttribute("toc", revision.toc());
        model.addAttribute("previous", shown.previous());
        model.addAttribute("next", shown.next());
        model.addAttribute("position", shown.position());
        model.addAttribute("otherLanguage", !revision.contentLocale().equals(ContentLocale.of(locale)));
        return "catalog/module";
    }

    @PostMapping("/courses/{slug}/modules/{moduleSlug}/complete")
    String complete(@PathVariable String slug, @PathVariable String moduleSlug, @RequestParam long revisionId,
            @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        learning.complete(person.personId(), module(slug, moduleSlug).getId(), revisionId);
        redirect.addFlashAttribute("success", "reader.completed");
        return "redirect:/courses/" + slug + "/modules/" + moduleSlug;
    }

    @PostMapping("/courses/{slug}/modules/{moduleSlug}/position")
    ResponseEntity<Void> position(@PathVariable String slug, @PathVariable String moduleSlug,
            @RequestParam int percent, @AuthenticationPrincipal SignedInPerson person) {
        learning.readTo(person.personId(), module(slug, moduleSlug).getId(), percent);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/courses/{slug}/modules/{moduleSlug}/feedback")
    String feedback(@PathVariable String slug, @PathVariable String moduleSlug, @RequestParam String kind,
            @RequestParam String text, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        CourseModule module = module(slug, moduleSlug);
        String cleaned = text.strip();
        ModuleFeedback.Kind parsedKind = "SUGGESTION".equals(kind) ? ModuleFeedback.Kind.SUGGESTION
                : ModuleFeedback.Kind.PROBLEM;
        if (cleaned.isEmpty() || cleaned.length() > ModuleFeedback.MAX_TEXT) {
            redirect.addFlashAttribute("failure", "feedback.text.invalid");
        }
        else {
            feedback.save(new ModuleFeedback(module.getId(), person.personId(), parsedKind, cleaned, clock));
            redirect.addFlashAttribute("success", "feedback.sent");
        }
        return "redirect:/courses/" + slug + "/modules/" + moduleSlug + "#feedback";
    }

    /** The module a small request (position, completion, feedback) is about: two indexed lookups, no catalog. */
    private CourseModule module(String slug, String moduleSlug) {
        return reading.visibleModule(slug, moduleSlug).orElseThrow(ModuleReaderController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

package com.agentacademy.onboarding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;

/**
 * Onboarding programs: the list, a program's weeks, the editor, the history with restore, the
 * program as a file, and the re-import of {@code courses/_programs/}. HR sees them; trainers and
 * administrators change them.
 */
@Controller
@RequestMapping("/programs")
@PreAuthorize("hasAnyRole('TRAINER', 'HR', 'ADMIN')")
class ProgramController {

    private final ProgramRepository programs;
    private final ProgramEditing editing;
    private final ProgramImport programImport;
    private final ProgramCatalog catalog;
    private final PeopleDirectory people;
    private final AuditTrail audit;

    ProgramController(ProgramRepository programs, ProgramEditing editing, ProgramImport programImport,
            ProgramCatalog catalog, PeopleDirectory people, AuditTrail audit) {
        this.audit = audit;
        this.programs = programs;
        this.editing = editing;
        this.programImport = programImport;
        this.catalog = catalog;
        this.people = people;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programs", programs.findAllByOrderBySlugAsc());
        return "onboarding/programs";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String reimport(@AuthenticationPrincipal SignedInPerson trainer, RedirectAttributes redirect) {
        ProgramImport.Report report = programImport.importAll(trainer.personId());
        audit.record(trainer.personId(), "PROGRAMS_IMPORTED", "courses/_programs", report.summary());
        redirect.addFlashAttribute("importSummary", report.summary());
        redirect.addFlashAttribute("importProblems", report.problems().stream().map(Object::toString).toList());
        return "redirect:/programs";
    }

    @GetMapping("/{slug}")
    String show(@PathVariable String slug, Locale locale, Model model) {
        Program program = editing.find(slug);
        List<ProgramRevision> history = editing.history(program);
        model.addAttribute("program", program);
        model.addAttribute("plan", program.plan());
        model.addAttribute("weeks", catalog.weeks(program.plan(), locale));
        model.addAttribute("goLiveName", catalog.certificationName(program.plan().goLiveCertification(), locale));
        model.addAttribute("current", history.isEmpty() ? null : history.get(0));
        return "onboarding/program";
    }

    @GetMapping("/{slug}/edit")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String edit(@PathVariable String slug, Locale locale, Model model) {
        Program program = editing.find(slug);
        return editor(program, ProgramForm.of(program.plan(), program.getRevisionNumber()), locale, model);
    }

    @PostMapping("/{slug}/edit")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String change(@PathVariable String slug, @ModelAttribute("programForm") ProgramForm form, BindingResult result,
            @RequestParam(name = "action", defaultValue = "save") String action,
            @AuthenticationPrincipal SignedInPerson trainer, Locale locale, Model model, RedirectAttributes redirect) {
        Program program = editing.find(slug);
        form.tidy();
        if (!"save".equals(action)) {
            form.apply(action);
            return editor(program, form, locale, model);
        }
        form.check(result, programImport.references());
        if (result.hasErrors()) {
            return editor(program, form, locale, model);
        }
        try {
            int revision = editing.save(slug, form.toPlan(), form.getBaseRevision(), trainer.personId(), form.getNote());
            redirect.addFlashAttribute("success", revision == form.getBaseRevision() ? "program.saved.unchanged"
                    : "program.saved");
            return "redirect:/programs/" + slug;
        }
        catch (ProgramEditing.Stale stale) {
            result.reject("program.error.stale");
            return editor(program, form, locale, model);
        }
    }

    private String editor(Program program, ProgramForm form, Locale locale, Model model) {
        model.addAttribute("program", program);
        model.addAttribute("programForm", form);
        model.addAttribute("weeks", catalog.weeks(form.toPlan(), locale));
        model.addAttribute("choices", catalog.choices(locale));
        return "onboarding/program-edit";
    }

    @GetMapping("/{slug}/history")
    String history(@PathVariable String slug, Model model) {
        Program program = editing.find(slug);
        List<ProgramRevision> revisions = editing.history(program);
        Map<Long, PersonSummary> authors = people.byIds(revisions.stream().map(ProgramRevision::getPersonId)
                .filter(Objects::nonNull).distinct().toList());
        model.addAttribute("program", program);
        model.addAttribute("revisions", revisions);
        model.addAttribute("authors", authors);
        return "onboarding/program-history";
    }

    @GetMapping("/{slug}/history/{number}")
    String revision(@PathVariable String slug, @PathVariable int number, Locale locale, Model model) {
        Program program = editing.find(slug);
        ProgramRevision revision = editing.history(program).stream().filter(found -> found.getNumber() == number)
                .findFirst().orElseThrow(ProgramEditing.NotFound::new);
        model.addAttribute("program", program);
        model.addAttribute("revision", revision);
        model.addAttribute("plan", revision.plan());
        model.addAttribute("weeks", catalog.weeks(revision.plan(), locale));
        model.addAttribute("goLiveName", catalog.certificationName(revision.plan().goLiveCertification(), locale));
        return "onboarding/program-revision";
    }

    @PostMapping("/{slug}/history/{number}/restore")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String restore(@PathVariable String slug, @PathVariable int number, @AuthenticationPrincipal SignedInPerson trainer,
            RedirectAttributes redirect) {
        editing.restore(slug, number, trainer.personId());
        redirect.addFlashAttribute("success", "program.restored");
        return "redirect:/programs/" + slug;
    }

    /** The program as it stands, in the layout of {@code courses/_programs/}, to put back into Git. */
    @GetMapping("/{slug}/file")
    ResponseEntity<byte[]> file(@PathVariable String slug) {
        Program program = editing.find(slug);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(slug + ".yml")
                        .build().toString())
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(program.getContent().getBytes(StandardCharsets.UTF_8));
    }
}

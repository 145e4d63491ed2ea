package com.agentacademy.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.catalog.CourseCompletion;
import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.security.SignedInPerson;

/** ADMIN and HR edit the ladder's levels and requirements in the browser; every revision is kept. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class LadderController {

    private final Ladder ladder;
    private final Eligibility eligibility;
    private final EligibilityBoard board;
    private final CertificationCatalog certifications;
    private final CourseCompletion courses;
    private final MessageSource messages;

    LadderController(Ladder ladder, Eligibility eligibility, EligibilityBoard board, CertificationCatalog certifications,
            CourseCompletion courses, MessageSource messages) {
        this.ladder = ladder;
        this.eligibility = eligibility;
        this.board = board;
        this.certifications = certifications;
        this.courses = courses;
        this.messages = messages;
    }

    @GetMapping("/career/ladder")
    String levels(Locale locale, Model model) {
        List<LadderLevel> levels = ladder.all();
        model.addAttribute("levels", levels);
        model.addAttribute("requirements", levels.stream().collect(Collectors.toMap(LadderLevel::getCode,
                level -> level.getRequirements().stream().map(requirement -> eligibility.title(requirement, locale)).toList())));
        return "career/ladder";
    }

    @GetMapping("/career/ladder/{code}")
    String level(@PathVariable String code, Model model) {
        LadderLevel level = find(code);
        return form(level, LevelForm.of(level), List.of(), model);
    }

    @PostMapping("/career/ladder/{code}")
    String revise(@PathVariable String code, @ModelAttribute("form") LevelForm form,
            @AuthenticationPrincipal SignedInPerson editor, Locale locale, Model model, RedirectAttributes redirect) {
        LadderLevel level = find(code);
        List<String> problems = new ArrayList<>();
        List<Requirement> requirements = requirements(form, problems, locale);
        check(form, code, problems, locale);
        if (!problems.isEmpty()) {
            return form(level, form, problems, model);
        }
        try {
            ladder.revise(code, form.getVersion(), form.getNameEn(), form.getNameZh(), form.getTrack(), form.getFollows(),
                    form.getGrants(), requirements, editor.personId(), form.getNote().strip());
        }
        catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            return form(level, form, List.of(text(locale, "ladder.error.changed-meanwhile")), model);
        }
        board.recomputeAll();
        redirect.addFlashAttribute("success", "ladder.saved");
        return "redirect:/career/ladder/" + code;
    }

    private String form(LadderLevel level, LevelForm form, List<String> problems, Model model) {
        if (!problems.isEmpty()) {
            form.getRequirements().removeIf(LevelForm.Row::isEmpty);
            form.addBlankRows();
        }
        model.addAttribute("level", level);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("others", ladder.all().stream().filter(other -> !other.getCode().equals(level.getCode())).toList());
        model.addAttribute("roles", LadderFile.LADDER_ROLES);
        model.addAttribute("kinds", Requirement.Kind.values());
        model.addAttribute("history", ladder.history(level.getCode()));
        model.addAttribute("certifications", certifications.all());
        return "career/level";
    }

    private void check(LevelForm form, String code, List<String> problems, Locale locale) {
        if (blankOrLonger(form.getNameEn(), 100) || blankOrLonger(form.getNameZh(), 100)) {
            problems.add(text(locale, "ladder.error.names"));
        }
        List<String> codes = ladder.all().stream().map(LadderLevel::getCode).toList();
        if (form.getFollows().contains(code) || !codes.containsAll(form.getFollows())) {
            problems.add(text(locale, "ladder.error.follows"));
        }
        if (!LadderFile.LADDER_ROLES.containsAll(form.getGrants())) {
            problems.add(text(locale, "ladder.error.grants"));
        }
        if (blankOrLonger(form.getNote(), 500)) {
            problems.add(text(locale, "ladder.error.note"));
        }
    }

    /** The filled rows as requirements; each problem names its row as the editor numbers it. */
    private List<Requirement> requirements(LevelForm form, List<String> problems, Locale locale) {
        List<Requirement> requirements = new ArrayList<>();
        List<LevelForm.Row> rows = form.getRequirements();
        for (int i = 0; i < rows.size(); i++) {
            LevelForm.Row row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String problem = problem(row);
            if (problem != null) {
                problems.add(text(locale, "ladder.error.row", i + 1, text(locale, problem)));
                continue;
            }
            requirements.add(switch (row.getKind()) {
                case KPI -> new Requirement(row.getKind(), row.getSubject(), row.getMin(), row.getMax(), row.getMonths());
                case TENURE -> Requirement.tenure(row.getMonths());
                case SUPERVISOR_REVIEW -> Requirement.supervisorReview();
                case ASSESSMENT -> Requirement.assessment(List.of(row.getSubject().split("\\s*,\\s*")), row.getMonths());
                default -> new Requirement(row.getKind(), row.getSubject(), null, null, null);
            });
        }
        return requirements;
    }

    /** The message key of what is wrong with a row, or null. */
    private String problem(LevelForm.Row row) {
        String subject = row.getSubject() == null ? "" : row.getSubject();
        Integer months = row.getMonths();
        return switch (row.getKind()) {
            case CERTIFICATION -> certifications.find(subject).isPresent() ? null : "ladder.error.certification";
            case COURSE -> courses.title(subject, Locale.ENGLISH).isPresent() ? null : "ladder.error.course";
            case TENURE -> months != null && months >= 0 && months <= 240 ? null : "ladder.error.tenure";
            case KPI -> {
                if (Measure.byCode(subject).isEmpty()) {
                    yield "ladder.error.measure";
                }
                if (row.getMin() == null && row.getMax() == null
                        || row.getMin() != null && row.getMax() != null && row.getMin().compareTo(row.getMax()) > 0) {
                    yield "ladder.error.threshold";
                }
                yield months != null && months >= 1 && months <= 24 ? null : "ladder.error.kpi-months";
            }
            case ASSESSMENT -> subject.matches("[a-z0-9-]+(\\s*,\\s*[a-z0-9-]+)*")
                    && (months == null || months >= 1 && months <= 60) ? null : "ladder.error.assessment";
            case SUPERVISOR_REVIEW -> null;
        };
    }

    private LadderLevel find(String code) {
        return ladder.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.strip().length() > max;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

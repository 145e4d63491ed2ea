package com.agentacademy.career;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.SignedInPerson;

/** "My path", a person's career page for their supervisor and HR, applying and ADMIN's corrections. */
@Controller
class CareerController {

    private final CareerPaths paths;
    private final Promotions promotions;
    private final Ladder ladder;
    private final PeopleDirectory people;

    CareerController(CareerPaths paths, Promotions promotions, Ladder ladder, PeopleDirectory people) {
        this.paths = paths;
        this.promotions = promotions;
        this.ladder = ladder;
        this.people = people;
    }

    @GetMapping("/career")
    String mine(@AuthenticationPrincipal SignedInPerson signedIn, Locale locale, Model model) {
        model.addAttribute("path", paths.of(me(signedIn), locale));
        model.addAttribute("mine", true);
        model.addAttribute("levels", ladder.all());
        model.addAttribute("levelNames", ladder.names(locale));
        return "career/path";
    }

    @GetMapping("/career/people/{id}")
    String person(@PathVariable long id, @AuthenticationPrincipal SignedInPerson signedIn, Locale locale, Model model) {
        PersonSummary viewer = me(signedIn);
        PersonSummary person = people.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!Scope.maySee(viewer, person)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("path", paths.of(person, locale));
        model.addAttribute("mine", viewer.id() == person.id());
        model.addAttribute("levels", ladder.all());
        model.addAttribute("levelNames", ladder.names(locale));
        model.addAttribute("mayNominate", Scope.isSupervisorOf(viewer, person) || Scope.isHr(viewer));
        return "career/path";
    }

    @PostMapping("/career/apply")
    String apply(@RequestParam String level, @RequestParam(defaultValue = "") String motivation,
            @AuthenticationPrincipal SignedInPerson signedIn, Locale locale, RedirectAttributes redirect) {
        if (motivation.length() > 2000) {
            redirect.addFlashAttribute("failure", "career.motivation.too-long");
            return "redirect:/career";
        }
        try {
            PromotionApplication application = promotions.apply(signedIn.personId(), level, motivation, locale);
            redirect.addFlashAttribute("success", "career.applied");
            return "redirect:/career/applications/" + application.getId();
        }
        catch (Promotions.NotEligible notEligible) {
            redirect.addFlashAttribute("failure", "career.refused.not-eligible");
            redirect.addFlashAttribute("reasons", reasons(notEligible.standing()));
        }
        catch (PromotionApplication.StepRefused refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/career";
    }

    @PostMapping("/career/people/{id}/nominate")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR', 'ADMIN')")
    String nominate(@PathVariable long id, @RequestParam String level, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal SignedInPerson signedIn, Locale locale, RedirectAttributes redirect) {
        try {
            PromotionApplication application = promotions.nominate(me(signedIn), id, level, note, locale);
            redirect.addFlashAttribute("success", "career.nominated");
            return "redirect:/career/applications/" + application.getId();
        }
        catch (Promotions.NotEligible notEligible) {
            redirect.addFlashAttribute("failure", "career.refused.not-eligible");
            redirect.addFlashAttribute("reasons", reasons(notEligible.standing()));
        }
        catch (PromotionApplication.StepRefused refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/career/people/" + id;
    }

    @PostMapping("/career/people/{id}/level")
    @PreAuthorize("hasRole('ADMIN')")
    String correct(@PathVariable long id, @RequestParam String level, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson signedIn, RedirectAttributes redirect) {
        PersonSummary admin = me(signedIn);
        people.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (reason.length() > 1000) {
            redirect.addFlashAttribute("failure", "career.refused.reason-too-long");
            return "redirect:/career/people/" + id;
        }
        try {
            promotions.correct(admin, id, level, reason);
            redirect.addFlashAttribute("success", "career.corrected");
        }
        catch (PromotionApplication.StepRefused refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/career/people/" + id;
    }

    private PersonSummary me(SignedInPerson signedIn) {
        return people.byId(signedIn.personId()).orElseThrow(() -> new AccessDeniedException("unknown person"));
    }

    /** The unmet requirements as the refusal lists them: what is asked, and where the person stands. */
    static List<String> reasons(Eligibility.Standing standing) {
        return standing.unmetChecks().stream().map(check -> check.title() + " — " + check.evidence()).toList();
    }
}

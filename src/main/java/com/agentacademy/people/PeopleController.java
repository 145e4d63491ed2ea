package com.agentacademy.people;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;

/** Administrators and HR find, create and change people. */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasAnyRole('ADMIN', 'HR')")
class PeopleController {

    static final int PAGE_SIZE = 20;

    private final PersonRepository persons;
    private final TeamRepository teams;
    private final PeopleManagement management;
    private final PersonalDataRekeying rekeying;
    private final AuditTrail audit;

    PeopleController(PersonRepository persons, TeamRepository teams, PeopleManagement management,
            PersonalDataRekeying rekeying, AuditTrail audit) {
        this.persons = persons;
        this.teams = teams;
        this.management = management;
        this.rekeying = rekeying;
        this.audit = audit;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("teams")
    Iterable<Team> teams() {
        return teams.findAllByOrderByNameAsc();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String text = q.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        Page<Person> found = persons.search(text, !inactive,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("displayName", "id")));
        model.addAttribute("people", found);
        model.addAttribute("q", q);
        model.addAttribute("inactive", inactive);
        model.addAttribute("teamNames", teams.findAll().stream()
                .collect(Collectors.toMap(Team::getId, Team::getName)));
        return "people/list";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        model.addAttribute("personForm", new PersonForm());
        return "people/form";
    }

    @PostMapping
    String create(@Valid PersonForm personForm, BindingResult result, @AuthenticationPrincipal SignedInPerson actor,
            RedirectAttributes redirect) {
        checkTeam(personForm, result);
        personForm.checkPersonalData(result);
        if (result.hasErrors()) {
            return "people/form";
        }
        try {
            var handover = management.create(personForm, actor);
            redirect.addFlashAttribute("handover", handover.shown());
            return "redirect:/people/" + handover.person().getId();
        }
        catch (PeopleManagement.Refused refused) {
            result.reject(refused.getMessage());
            return "people/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Person person = management.find(id);
        model.addAttribute("person", person);
        model.addAttribute("personForm", PersonForm.of(person));
        return "people/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid PersonForm personForm, BindingResult result,
            @AuthenticationPrincipal SignedInPerson actor, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", management.find(id));
        checkTeam(personForm, result);
        personForm.checkPersonalData(result);
        if (result.hasErrors()) {
            return "people/form";
        }
        try {
            management.update(id, personForm, actor);
        }
        catch (PeopleManagement.Refused refused) {
            result.reject(refused.getMessage());
            return "people/form";
        }
        redirect.addFlashAttribute("success", "people.saved");
        return "redirect:/people/" + id;
    }

    /** Moves every phone and ID number to the current key now, instead of at the job's next run. */
    @PostMapping("/personal-data/rekey")
    @PreAuthorize("hasRole('ADMIN')")
    String rekey(@AuthenticationPrincipal SignedInPerson actor, RedirectAttributes redirect) {
        PersonalDataRekeying.Run run = rekeying.run();
        audit.record(actor.personId(), "PERSONAL_DATA_REKEYED", "person", "values=" + run.moved() + "; failed="
                + run.failed());
        redirect.addFlashAttribute("rekeyed", Map.of("moved", run.moved(), "failed", run.failed()));
        return "redirect:/people";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal SignedInPerson actor,
            RedirectAttributes redirect) {
        return change(id, redirect, "people.deactivated", personId -> management.deactivate(personId, actor.personId()));
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, "people.activated", management::activate);
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, null, personId -> {
            var handover = management.resetPassword(personId);
            redirect.addFlashAttribute("handover", handover.shown());
        });
    }

    private String change(long id, RedirectAttributes redirect, String successKey, Consumer<Long> action) {
        try {
            action.accept(id);
            if (successKey != null) {
                redirect.addFlashAttribute("success", successKey);
            }
        }
        catch (PeopleManagement.Refused refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/people/" + id;
    }

    private void checkTeam(PersonForm form, BindingResult result) {
        if (form.getTeamId() != null && teams.findById(form.getTeamId()).isEmpty()) {
            result.rejectValue("teamId", "people.team.unknown");
        }
    }
}

package com.agentacademy.people;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators and HR keep the list of teams. */
@Controller
@RequestMapping("/teams")
@PreAuthorize("hasAnyRole('ADMIN', 'HR')")
class TeamController {

    private static final int MAX_NAME = 100;

    private final TeamRepository teams;
    private final PersonRepository persons;

    TeamController(TeamRepository teams, PersonRepository persons) {
        this.teams = teams;
        this.persons = persons;
    }

    @GetMapping
    String list(Model model) {
        Map<Long, Long> sizes = persons.countActiveByTeam().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        model.addAttribute("teams", teams.findAllByOrderByNameAsc());
        model.addAttribute("sizes", sizes);
        return "people/teams";
    }

    @PostMapping
    String create(@RequestParam String name, RedirectAttributes redirect) {
        return save(name, null, redirect);
    }

    @PostMapping("/{id}")
    String rename(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
        Team team = teams.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return save(name, team, redirect);
    }

    private String save(String name, Team existing, RedirectAttributes redirect) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            redirect.addFlashAttribute("failure", "teams.name.invalid");
            return "redirect:/teams";
        }
        var sameName = teams.findByNameIgnoreCase(clean);
        if (sameName.isPresent() && (existing == null || !sameName.get().getId().equals(existing.getId()))) {
            redirect.addFlashAttribute("failure", "teams.name.taken");
            return "redirect:/teams";
        }
        try {
            if (existing == null) {
                teams.save(new Team(clean));
            }
            else {
                existing.rename(clean);
                teams.save(existing);
            }
        }
        catch (DataIntegrityViolationException raced) {
            redirect.addFlashAttribute("failure", "teams.name.taken");
            return "redirect:/teams";
        }
        redirect.addFlashAttribute("success", "teams.saved");
        return "redirect:/teams";
    }
}

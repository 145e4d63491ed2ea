package com.agentacademy.career;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.SignedInPerson;

/** A supervisor's team with each member's latest month; HR and administrators see every team, one at a time if they like. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'HR', 'ADMIN')")
class KpiTeamController {

    /** A member of a team with their most recent month, if any. */
    record Member(PersonSummary person, String team, KpiMonth latest) {
    }

    private final PeopleDirectory people;
    private final KpiStore store;
    private final KpiAccess access;

    KpiTeamController(PeopleDirectory people, KpiStore store, KpiAccess access) {
        this.people = people;
        this.store = store;
        this.access = access;
    }

    @GetMapping("/kpis/team")
    String team(@RequestParam(required = false) Long team, @AuthenticationPrincipal SignedInPerson reader, Model model) {
        boolean everyone = KpiAccess.seesEveryone(reader);
        Long shown = everyone ? team : access.teamOf(reader).orElse(null);
        Map<Long, String> teamNames = people.teams().stream()
                .collect(Collectors.toMap(PeopleDirectory.TeamSummary::id, PeopleDirectory.TeamSummary::name));
        List<PersonSummary> members = people.active().stream()
                .filter(person -> person.teamId() != null && person.id() != reader.personId())
                .filter(person -> everyone ? shown == null || shown.equals(person.teamId()) : Objects.equals(shown, person.teamId()))
                .sorted(Comparator.comparing((PersonSummary person) -> teamNames.getOrDefault(person.teamId(), ""))
                        .thenComparing(PersonSummary::displayName))
                .toList();
        Map<Long, KpiMonth> latest = store.latest(members.stream().map(PersonSummary::id).toList());
        model.addAttribute("members", members.stream()
                .map(person -> new Member(person, teamNames.get(person.teamId()), latest.get(person.id()))).toList());
        model.addAttribute("everyone", everyone);
        model.addAttribute("teams", people.teams());
        model.addAttribute("team", shown);
        model.addAttribute("teamName", shown == null ? null : teamNames.get(shown));
        return "career/kpi-team";
    }
}

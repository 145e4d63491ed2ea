package com.agentacademy.people;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.HomeContribution;

/**
 * The people side of the home page: a person's own team and supervisor, a supervisor's team
 * members, and the head counts HR and administrators watch.
 */
@Component
class PeopleHome implements HomeContribution {

    private final PersonRepository persons;
    private final TeamRepository teams;

    PeopleHome(PersonRepository persons, TeamRepository teams) {
        this.persons = persons;
        this.teams = teams;
    }

    @Override
    @Transactional(readOnly = true)
    public void addTo(Model model, SignedInPerson signedIn) {
        Person me = persons.findById(signedIn.personId()).orElse(null);
        if (me == null || me.getTeamId() == null) {
            model.addAttribute("myTeamName", null);
        }
        else {
            List<Person> team = persons.findByTeamIdAndActiveTrueOrderByDisplayNameAsc(me.getTeamId());
            model.addAttribute("myTeamName", teams.findById(me.getTeamId()).map(Team::getName).orElse(null));
            model.addAttribute("mySupervisors", team.stream().filter(p -> p.hasRole(Role.SUPERVISOR)).toList());
            if (signedIn.hasRole(Role.SUPERVISOR.name())) {
                model.addAttribute("teamMembers", team.stream().filter(p -> !p.getId().equals(me.getId())).toList());
            }
        }
        if (signedIn.hasRole(Role.HR.name()) || signedIn.hasRole(Role.ADMIN.name())) {
            model.addAttribute("headCounts", headCounts());
            model.addAttribute("newestPeople", persons.findTop5ByActiveTrueOrderByCreatedAtDescIdDesc());
        }
    }

    private Map<Role, Long> headCounts() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, persons.countActiveWithRole(role));
        }
        return counts;
    }
}

package com.agentacademy.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up for other modules, by id or user name, without handing out the entity. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    /** A team as other modules see it. */
    public record TeamSummary(long id, String name) {
    }

    private final PersonRepository people;
    private final TeamRepository teams;

    PeopleDirectory(PersonRepository people, TeamRepository teams) {
        this.people = people;
        this.teams = teams;
    }

    /** Everyone who may sign in, by name. */
    public java.util.List<PersonSummary> active() {
        return people.findByActiveTrueOrderByDisplayNameAsc().stream().map(PersonSummary::of).toList();
    }

    /** Everyone, whether or not they may still sign in: records such as monthly KPIs outlive an account. */
    public java.util.List<PersonSummary> everyone() {
        return people.findAll().stream().map(PersonSummary::of).toList();
    }

    /** Everyone who may sign in and holds the role, by name. */
    public java.util.List<PersonSummary> withRole(Role role) {
        return people.findActiveWithRole(role).stream().map(PersonSummary::of).toList();
    }

    /** Every team, by name. */
    public java.util.List<TeamSummary> teams() {
        return teams.findAllByOrderByNameAsc().stream().map(team -> new TeamSummary(team.getId(), team.getName())).toList();
    }

    public Optional<PersonSummary> byId(long id) {
        return people.findById(id).map(PersonSummary::of);
    }

    public Optional<PersonSummary> byUsername(String username) {
        return username == null ? Optional.empty()
                : people.findByUsername(Person.normaliseUsername(username)).map(PersonSummary::of);
    }

    /** The people with these ids that exist, by id. */
    public Map<Long, PersonSummary> byIds(Collection<Long> ids) {
        return people.findAllById(ids).stream().map(PersonSummary::of)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }
}

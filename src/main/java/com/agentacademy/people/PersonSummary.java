package com.agentacademy.people;

import java.time.Instant;
import java.util.Set;

/**
 * What other modules may know of a person: enough to name them and find their team.
 *
 * @param id the person's id
 * @param username what they sign in with
 * @param displayName their name as shown
 * @param employeeNumber their employee number (工号)
 * @param teamId their team, or {@code null}
 * @param active whether they may sign in
 * @param email their e-mail address, or {@code null}
 * @param roles what they may do
 * @param joinedAt when their account was created
 */
public record PersonSummary(long id, String username, String displayName, String employeeNumber, Long teamId,
        boolean active, String email, Set<Role> roles, Instant joinedAt) {

    static PersonSummary of(Person person) {
        return new PersonSummary(person.getId(), person.getUsername(), person.getDisplayName(),
                person.getEmployeeNumber(), person.getTeamId(), person.isActive(), person.getEmail(), person.getRoles(),
                person.getCreatedAt());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}

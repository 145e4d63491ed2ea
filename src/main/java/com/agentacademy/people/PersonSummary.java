package com.agentacademy.people;

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
 */
public record PersonSummary(long id, String username, String displayName, String employeeNumber, Long teamId,
        boolean active, String email) {

    static PersonSummary of(Person person) {
        return new PersonSummary(person.getId(), person.getUsername(), person.getDisplayName(),
                person.getEmployeeNumber(), person.getTeamId(), person.isActive(), person.getEmail());
    }
}

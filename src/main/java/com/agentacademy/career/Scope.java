package com.agentacademy.career;

import com.agentacademy.people.PersonSummary;
import com.agentacademy.people.Role;

/** Who may see and act on whose career: themselves, their team's supervisor, HR and ADMIN. */
final class Scope {

    private Scope() {
    }

    static boolean isHr(PersonSummary person) {
        return person.hasRole(Role.HR) || person.hasRole(Role.ADMIN);
    }

    /** A supervisor of the other person's team (never of themselves). */
    static boolean isSupervisorOf(PersonSummary supervisor, PersonSummary person) {
        return supervisor.id() != person.id() && supervisor.hasRole(Role.SUPERVISOR) && supervisor.active()
                && supervisor.teamId() != null && supervisor.teamId().equals(person.teamId());
    }

    static boolean maySee(PersonSummary viewer, PersonSummary person) {
        return viewer.id() == person.id() || isHr(viewer) || isSupervisorOf(viewer, person);
    }
}

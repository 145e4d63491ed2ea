package com.agentacademy.career;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.SignedInPerson;

/**
 * Who may see and record whose KPIs: everyone sees their own; a supervisor sees and records those of
 * their own team; HR and administrators those of everyone. Nobody records their own figures.
 */
@Component
class KpiAccess {

    private final PeopleDirectory people;

    KpiAccess(PeopleDirectory people) {
        this.people = people;
    }

    boolean mayRead(SignedInPerson reader, PersonSummary person) {
        return reader.personId() == person.id() || seesEveryone(reader) || supervises(reader, person);
    }

    boolean mayEnter(SignedInPerson writer, PersonSummary person) {
        return writer.personId() != person.id() && (seesEveryone(writer) || supervises(writer, person));
    }

    static boolean seesEveryone(SignedInPerson reader) {
        return reader.hasRole("HR") || reader.hasRole("ADMIN");
    }

    /** The team a supervisor leads: their own team. */
    Optional<Long> teamOf(SignedInPerson supervisor) {
        return supervisor.hasRole("SUPERVISOR")
                ? people.byId(supervisor.personId()).map(PersonSummary::teamId)
                : Optional.empty();
    }

    private boolean supervises(SignedInPerson reader, PersonSummary person) {
        return person.teamId() != null && teamOf(reader).filter(person.teamId()::equals).isPresent();
    }
}

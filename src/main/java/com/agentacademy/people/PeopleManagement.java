package com.agentacademy.people;

import java.time.Clock;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.security.SignedInSessions;

/**
 * The changes administrators and HR make to people. Changes that take rights away (deactivation,
 * new roles, a reset password) end the person's open sessions on every instance.
 */
@Service
class PeopleManagement {

    /** A change that the rules refuse; the key names the message shown. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String messageKey) {
            super(messageKey);
        }
    }

    /** No person has the id asked for. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    /** A person just created or given a new password, with the temporary password to hand over. */
    record Handover(Person person, String temporaryPassword) {

        /** What the page that shows the password once needs. */
        TemporaryPasswordShown shown() {
            return new TemporaryPasswordShown(person.getDisplayName(), person.getUsername(), temporaryPassword);
        }

        @Override
        public String toString() {
            return "Handover[person " + person.getId() + ", password hidden]";
        }
    }

    private final PersonRepository persons;
    private final PasswordEncoder passwordEncoder;
    private final SignedInSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    PeopleManagement(PersonRepository persons, PasswordEncoder passwordEncoder, SignedInSessions sessions,
            AuditTrail audit, Clock clock) {
        this.persons = persons;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Handover create(PersonForm form, SignedInPerson actor) {
        checkUnique(form.getUsername(), form.getEmployeeNumber());
        Set<Role> roles = allowedRoles(form.getRoles(), Set.of(), actor.hasRole(Role.ADMIN.name()));
        String temporary = TemporaryPasswords.next();
        Person person = new Person(form.getUsername(), form.getEmployeeNumber(), form.getDisplayName(),
                form.getEmail(), roles, form.getTeamId(), passwordEncoder.encode(temporary), true, clock);
        person.recordPersonalData(PersonalData.phone(form.getPhone()), PersonalData.nationalId(form.getNationalId()));
        persons.save(person);
        audit.record(actor.personId(), "PERSON_CREATED", "person:" + person.getId(),
                person.getUsername() + ", roles " + PersonRoles.listed(roles));
        return new Handover(person, temporary);
    }

    @Transactional
    void update(long personId, PersonForm form, SignedInPerson actor) {
        Person person = find(personId);
        Set<Role> roles = allowedRoles(form.getRoles(), person.getRoles(), actor.hasRole(Role.ADMIN.name()));
        boolean rolesChanged = !roles.equals(person.getRoles());
        if (rolesChanged && person.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            refuseIfLastAdministrator(person);
        }
        person.updateDetails(form.getDisplayName(), form.getEmail(), form.getTeamId());
        person.recordPersonalData(PersonalData.phone(form.getPhone()), PersonalData.nationalId(form.getNationalId()));
        if (rolesChanged) {
            audit.record(actor.personId(), "ROLES_CHANGED", "person:" + personId,
                    PersonRoles.listed(person.getRoles()) + " -> " + PersonRoles.listed(roles) + ": changed by hand");
            person.changeRoles(roles);
            sessions.endAllOf(person.getUsername());
        }
    }

    @Transactional
    void deactivate(long personId, long actorId) {
        Person person = find(personId);
        if (person.getId() == actorId) {
            throw new Refused("people.refused.self");
        }
        if (person.hasRole(Role.ADMIN)) {
            refuseIfLastAdministrator(person);
        }
        person.deactivate();
        sessions.endAllOf(person.getUsername());
    }

    @Transactional
    void activate(long personId) {
        find(personId).activate();
    }

    @Transactional
    Handover resetPassword(long personId) {
        Person person = find(personId);
        String temporary = TemporaryPasswords.next();
        person.setTemporaryPassword(passwordEncoder.encode(temporary));
        sessions.endAllOf(person.getUsername());
        return new Handover(person, temporary);
    }

    @Transactional(readOnly = true)
    Person find(long personId) {
        return persons.findById(personId).orElseThrow(NotFound::new);
    }

    void checkUnique(String username, String employeeNumber) {
        if (persons.existsByUsername(Person.normaliseUsername(username))) {
            throw new Refused("people.refused.username-taken");
        }
        if (persons.existsByEmployeeNumberIgnoreCase(employeeNumber.strip())) {
            throw new Refused("people.refused.employee-number-taken");
        }
    }

    /** Only an administrator may give or take the ADMIN role; HR manages every other role. */
    private static Set<Role> allowedRoles(Set<Role> wanted, Set<Role> current, boolean actorIsAdmin) {
        if (!actorIsAdmin && wanted.contains(Role.ADMIN) != current.contains(Role.ADMIN)) {
            throw new Refused("people.refused.admin-role");
        }
        return Set.copyOf(wanted);
    }

    private void refuseIfLastAdministrator(Person person) {
        if (person.isActive() && persons.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new Refused("people.refused.last-admin");
        }
    }
}

package com.agentacademy.people;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInSessions;

/**
 * Changes a person's roles on behalf of another module, for example when a promotion is approved.
 * The change takes effect at the person's next request: their open sessions get the new roles.
 */
@Service
public class PersonRoles {

    private final PersonRepository persons;
    private final SignedInSessions sessions;
    private final AuditTrail audit;

    PersonRoles(PersonRepository persons, SignedInSessions sessions, AuditTrail audit) {
        this.persons = persons;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * Takes away {@code remove} and then gives {@code add}; roles in neither set stay as they are.
     * ADMIN is never given or taken this way. Answers the person's roles afterwards.
     */
    @Transactional
    public Set<Role> change(long personId, Set<Role> remove, Set<Role> add, Long actorId, String why) {
        Person person = persons.findById(personId).orElseThrow();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(person.getRoles());
        roles.removeAll(remove);
        roles.addAll(add);
        roles.remove(Role.ADMIN);
        if (person.hasRole(Role.ADMIN)) {
            roles.add(Role.ADMIN);
        }
        if (!roles.equals(person.getRoles())) {
            audit.record(actorId, "ROLES_CHANGED", "person:" + personId, listed(person.getRoles()) + " -> " + listed(roles) + ": " + why);
            person.changeRoles(roles);
            changeSessionsAfterCommit(person.getUsername(), roles.stream().map(Role::name).collect(Collectors.toSet()));
        }
        return Set.copyOf(roles);
    }

    /** Sessions are stored in their own transactions: they change only once the new roles are committed. */
    private void changeSessionsAfterCommit(String username, Set<String> roles) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sessions.changeRolesOfAll(username, roles);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.changeRolesOfAll(username, roles);
            }
        });
    }

    /** Roles as the audit log lists them, in a fixed order: {@code [AGENT, QA]}. */
    static String listed(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", ", "[", "]"));
    }
}

package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.agentacademy.people.NewHireImport;
import com.agentacademy.people.TemporaryPasswordShown;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.Role;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.CsvTable;

/**
 * The changes HR and trainers make to cohorts: creating one with members picked or imported from a
 * new-hire CSV (all or nothing: a file with any bad row stores nothing, not even the cohort),
 * adding and removing members, moving the start and taking over a newer program revision. Every
 * change is in the audit log.
 */
@Service
class CohortManagement {

    /** No cohort has the id asked for. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    /**
     * What adding people did: the rows of the file that were refused (then nothing changed), or the
     * accounts created for the file's new hires, with their temporary passwords.
     */
    record Outcome(Cohort cohort, List<NewHireImport.RowError> errors, List<TemporaryPasswordShown> created,
            int added) {

        boolean succeeded() {
            return errors.isEmpty();
        }
    }

    private final CohortRepository cohorts;
    private final ProgramRepository programs;
    private final PeopleDirectory people;
    private final NewHireImport newHires;
    private final AuditTrail audit;
    private final Clock clock;

    CohortManagement(CohortRepository cohorts, ProgramRepository programs, PeopleDirectory people,
            NewHireImport newHires, AuditTrail audit, Clock clock) {
        this.cohorts = cohorts;
        this.programs = programs;
        this.people = people;
        this.newHires = newHires;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a cohort with the people picked and those of the file.
     *
     * @param table a new-hire CSV, or {@code null}
     */
    @Transactional
    Outcome create(CohortForm form, CsvTable table, SignedInPerson actor) {
        Program program = programs.findBySlug(form.getProgram()).orElseThrow(NotFound::new);
        var cohort = new Cohort(form.getName(), program.getId(), program.getRevisionNumber(), form.getStartDate(),
                form.getTrainerId(), actor.personId(), clock);
        Outcome outcome = addPeople(cohort, form.getMemberIds(), table, form.getStartDate(), actor);
        if (!outcome.succeeded()) {
            return outcome;
        }
        cohorts.save(cohort);
        audit.record(actor.personId(), "COHORT_CREATED", "cohort:" + cohort.getId(), cohort.getName() + ", program "
                + program.getSlug() + " revision " + program.getRevisionNumber() + ", start " + cohort.getStartDate()
                + ", trainer " + cohort.getTrainerId() + ", " + cohort.getMemberCount() + " members");
        return outcome;
    }

    /** Adds people who join on the given day; a day before the start means they begin with the cohort. */
    @Transactional
    Outcome addMembers(long cohortId, List<Long> personIds, CsvTable table, LocalDate joinedOn, SignedInPerson actor) {
        Cohort cohort = find(cohortId);
        Outcome outcome = addPeople(cohort, personIds, table, joinedOn, actor);
        if (outcome.succeeded() && outcome.added() > 0) {
            audit.record(actor.personId(), "COHORT_MEMBERS_ADDED", "cohort:" + cohortId,
                    outcome.added() + " joining on " + joinedOn + ", " + outcome.created().size() + " accounts created");
        }
        return outcome;
    }

    private Outcome addPeople(Cohort cohort, List<Long> personIds, CsvTable table, LocalDate joinedOn,
            SignedInPerson actor) {
        Set<Long> ids = new LinkedHashSet<>(people.byIds(personIds).keySet());
        List<TemporaryPasswordShown> created = List.of();
        if (table != null) {
            NewHireImport.Accounts accounts = newHires.ensureAccounts(table, actor.hasRole(Role.ADMIN.name()),
                    actor.hasRole(Role.HR.name()) || actor.hasRole(Role.ADMIN.name()));
            if (!accounts.succeeded()) {
                audit.record(actor.personId(), "COHORT_IMPORT_REFUSED", cohort.getId() == null ? "cohort:new"
                        : "cohort:" + cohort.getId(), accounts.errors().size() + " rows refused");
                return new Outcome(cohort, accounts.errors(), List.of(), 0);
            }
            ids.addAll(accounts.personIds());
            created = accounts.created();
        }
        int added = 0;
        for (long id : ids) {
            added += cohort.add(id, joinedOn) ? 1 : 0;
        }
        return new Outcome(cohort, List.of(), created, added);
    }

    @Transactional
    void removeMember(long cohortId, long personId, SignedInPerson actor) {
        if (find(cohortId).remove(personId)) {
            audit.record(actor.personId(), "COHORT_MEMBER_REMOVED", "cohort:" + cohortId, "person " + personId);
        }
    }

    /** Renames the cohort, gives it another trainer or moves its start, and with it every due date. */
    @Transactional
    void change(long cohortId, String name, long trainerId, LocalDate startDate, SignedInPerson actor) {
        Cohort cohort = find(cohortId);
        List<String> changes = new ArrayList<>();
        if (!cohort.getName().equals(name.strip())) {
            changes.add("name " + name.strip());
            cohort.rename(name);
        }
        if (cohort.getTrainerId() != trainerId) {
            changes.add("trainer " + trainerId);
            cohort.assignTrainer(trainerId);
        }
        if (!cohort.getStartDate().equals(startDate)) {
            changes.add("start " + cohort.getStartDate() + " -> " + startDate);
            cohort.moveStart(startDate);
        }
        if (!changes.isEmpty()) {
            audit.record(actor.personId(), "COHORT_CHANGED", "cohort:" + cohortId, String.join(", ", changes));
        }
    }

    /** The cohort follows its program's newest revision from now on. */
    @Transactional
    void useLatestProgram(long cohortId, SignedInPerson actor) {
        Cohort cohort = find(cohortId);
        Program program = programs.findById(cohort.getProgramId()).orElseThrow();
        if (cohort.getProgramRevision() != program.getRevisionNumber()) {
            audit.record(actor.personId(), "COHORT_PROGRAM_UPDATED", "cohort:" + cohortId, "revision "
                    + cohort.getProgramRevision() + " -> " + program.getRevisionNumber());
            cohort.useProgramRevision(program.getRevisionNumber());
        }
    }

    /** Whether the person may be a cohort's trainer. */
    boolean isTrainer(Long personId) {
        return personId != null
                && people.byId(personId).filter(person -> person.active() && person.hasRole(Role.TRAINER)).isPresent();
    }

    @Transactional(readOnly = true)
    Cohort find(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(NotFound::new);
    }
}

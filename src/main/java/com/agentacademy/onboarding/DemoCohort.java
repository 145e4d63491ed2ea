package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;

/**
 * On the embedded database, seeds one cohort of the shipped program so that the board and the
 * members' "this week" can be tried at once: three demo agents with the demo trainer, in their
 * second week. Nothing is seeded when any cohort exists, and never under the {@code mysql} profile.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "academy.demo.enabled", havingValue = "true")
class DemoCohort implements ApplicationRunner {

    static final String PROGRAM = "new-hire-onboarding";
    static final List<String> MEMBERS = List.of("agent", "agent4", "agent5");

    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);

    private final CohortRepository cohorts;
    private final ProgramRepository programs;
    private final PeopleDirectory people;
    private final WorkingDays days;
    private final Clock clock;

    DemoCohort(CohortRepository cohorts, ProgramRepository programs, PeopleDirectory people, WorkingDays days,
            Clock clock) {
        this.cohorts = cohorts;
        this.programs = programs;
        this.people = people;
        this.days = days;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<Program> program = programs.findBySlug(PROGRAM);
        Optional<PersonSummary> trainer = people.byUsername("trainer");
        Optional<PersonSummary> hr = people.byUsername("hr");
        if (cohorts.count() > 0 || program.isEmpty() || trainer.isEmpty() || hr.isEmpty()) {
            return;
        }
        LocalDate start = days.plus(days.onOrAfter(LocalDate.now(clock)), -7);
        var cohort = new Cohort("Demo cohort · 演示班", program.get().getId(), program.get().getRevisionNumber(), start,
                trainer.get().id(), hr.get().id(), clock);
        MEMBERS.stream().map(people::byUsername).flatMap(Optional::stream)
                .forEach(member -> cohort.add(member.id(), start));
        cohorts.save(cohort);
        log.info("Seeded the demo cohort: {} members starting {}", cohort.getMemberCount(), start);
    }
}

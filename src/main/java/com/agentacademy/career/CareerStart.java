package com.agentacademy.career;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.security.StoredTime;

/**
 * After the ladder is seeded: on the demo organisation, places the demo people on their levels
 * (with a few past promotions, so that the pipeline has a history); then, when no eligibility was
 * ever computed (a first start, or a database that had people before the ladder), computes it.
 */
@Component
@Order(2)
class CareerStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CareerStart.class);

    /** Demo person, level, months on it, and the level they were promoted from (or null). */
    private record DemoPlacement(String username, String level, int months, String promotedFrom) {
    }

    private static final List<DemoPlacement> DEMO = List.of(
            new DemoPlacement("agent", "junior-agent", 14, null),
            new DemoPlacement("agent2", "junior-agent", 9, null),
            new DemoPlacement("agent3", "junior-agent", 4, null),
            new DemoPlacement("agent4", "junior-agent", 7, null),
            new DemoPlacement("agent5", "junior-agent", 1, null),
            new DemoPlacement("qa", "qa-specialist", 8, "senior-agent"),
            new DemoPlacement("trainer", "trainer", 10, "qa-specialist"),
            new DemoPlacement("supervisor", "team-supervisor", 30, "trainer"),
            new DemoPlacement("supervisor2", "team-supervisor", 5, "trainer"));

    private final PeopleDirectory people;
    private final Ladder ladder;
    private final EligibilityBoard board;
    private final JdbcClient jdbc;
    private final boolean demo;
    private final Clock clock;

    CareerStart(PeopleDirectory people, Ladder ladder, EligibilityBoard board, JdbcClient jdbc,
            @Value("${academy.demo.enabled:false}") boolean demo, Clock clock) {
        this.people = people;
        this.ladder = ladder;
        this.board = board;
        this.jdbc = jdbc;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo && jdbc.sql("SELECT COUNT(*) FROM person_level").query(Long.class).single() == 0) {
            placeDemoPeople();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM eligibility").query(Long.class).single() == 0) {
            log.info("Computed the eligibility of {} people on the ladder", board.recomputeAll());
        }
    }

    private void placeDemoPeople() {
        LocalDate today = LocalDate.now(clock);
        for (DemoPlacement placement : DEMO) {
            if (ladder.find(placement.level()).isEmpty()) {
                continue;
            }
            people.byUsername(placement.username()).ifPresent(person -> {
                LocalDate since = today.minusMonths(placement.months());
                jdbc.sql("INSERT INTO person_level (person_id, level_code, since_day, version) VALUES (?, ?, ?, 0)")
                        .params(person.id(), placement.level(), since).update();
                jdbc.sql("""
                        INSERT INTO level_change (person_id, from_level, to_level, kind, changed_at, changed_by, reason)
                        VALUES (?, ?, ?, ?, ?, NULL, ?)""")
                        .params(person.id(), placement.promotedFrom(), placement.level(),
                                placement.promotedFrom() == null ? "START" : "PROMOTION",
                                StoredTime.of(since.atTime(10, 0).atZone(clock.getZone()).toInstant()), "demo history")
                        .update();
            });
        }
    }
}

package com.agentacademy.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.PeopleDirectory;

/**
 * On the embedded demo, the last six complete months of KPIs for the demo agents, once, while no
 * KPIs are recorded at all: Liu Yang ({@code agent}) comfortably above the ladder's usual thresholds,
 * Zhao Lei ({@code agent2}) below on first-contact resolution, the others in between. Runs after the
 * demo organisation is seeded.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "academy.demo.enabled", havingValue = "true")
class DemoKpis implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKpis.class);

    /** A demo person's usual month; each month moves a little around it. */
    private record Profile(String username, int calls, double resolution, int handleTimeSeconds, double qa, double csat) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("agent", 1480, 90.0, 395, 92.0, 94.0),
            new Profile("agent2", 1350, 79.6, 470, 85.0, 88.0),
            new Profile("agent3", 1250, 85.2, 445, 88.0, 90.5),
            new Profile("agent4", 1400, 86.4, 430, 89.5, 91.5),
            new Profile("agent5", 1300, 83.5, 455, 87.0, 89.0),
            new Profile("qa", 900, 87.5, 410, 94.0, 92.5));

    /** How far each of the six months lies from the usual, oldest first. */
    private static final double[] WOBBLE = { -0.8, 0.3, -0.2, 0.9, -0.4, 0.6 };

    private final KpiStore store;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoKpis(KpiStore store, PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!store.isEmpty()) {
            return;
        }
        YearMonth first = YearMonth.now(clock).minusMonths(WOBBLE.length);
        List<KpiMonth> rows = new ArrayList<>();
        Set<Long> seeded = new HashSet<>();
        for (Profile profile : PROFILES) {
            people.byUsername(profile.username()).ifPresent(person -> {
                seeded.add(person.id());
                for (int i = 0; i < WOBBLE.length; i++) {
                    rows.add(month(person.id(), first.plusMonths(i), profile, WOBBLE[i]));
                }
            });
        }
        if (rows.isEmpty()) {
            return;
        }
        store.insert(rows, KpiStore.Source.IMPORT, null, clock.instant());
        events.publishEvent(new KpisRecorded(seeded));
        log.info("Seeded demo KPIs: {} months for {} people", rows.size(), seeded.size());
    }

    private static KpiMonth month(long personId, YearMonth month, Profile profile, double wobble) {
        return new KpiMonth(personId, month, profile.calls() + (int) Math.round(wobble * 60),
                percent(profile.resolution() + wobble), profile.handleTimeSeconds() - (int) Math.round(wobble * 10),
                percent(profile.qa() + wobble * 0.8), percent(profile.csat() + wobble * 0.7));
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}

package com.agentacademy.career;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.certification.CertificatesChanged;
import com.agentacademy.exam.ExamAttemptGraded;
import com.agentacademy.people.Notifications;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.StoredTime;
import com.agentacademy.web.AfterCommit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Who is eligible for which level, kept up to date: recomputed for a person when their evidence
 * changes (a certificate issued or revoked, an exam graded, KPIs recorded, a move on the ladder)
 * and for everyone each night, when tenure grows, certificates expire and the KPI months move on.
 * A person who becomes eligible is told once.
 */
@Service
class EligibilityBoard {

    private static final Logger log = LoggerFactory.getLogger(EligibilityBoard.class);

    /** A stored result; {@code unmet} holds the positions of the level's unmet requirements. */
    record Entry(long personId, String levelCode, boolean eligible, int met, int total, List<Integer> unmet,
            Instant computedAt) {
    }

    private final Eligibility eligibility;
    private final Ladder ladder;
    private final Placements placements;
    private final PeopleDirectory people;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    EligibilityBoard(Eligibility eligibility, Ladder ladder, Placements placements, PeopleDirectory people,
            Notifications notifications, JdbcClient jdbc, Clock clock) {
        this.eligibility = eligibility;
        this.ladder = ladder;
        this.placements = placements;
        this.people = people;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @AfterCommit
    public void on(CertificatesChanged changed) {
        recompute(changed.personId());
    }

    @AfterCommit
    public void on(ExamAttemptGraded graded) {
        recompute(graded.personId());
    }

    @AfterCommit
    public void on(KpisRecorded recorded) {
        recompute(recorded.personIds());
    }

    /** Every night, on one instance. */
    @Scheduled(cron = "${academy.career.recompute-cron:0 30 2 * * *}")
    @SchedulerLock(name = "career-eligibility", lockAtMostFor = "PT30M")
    public void nightly() {
        log.info("Recomputed eligibility of {} people", recomputeAll());
    }

    /** Recomputes everyone on the ladder and forgets everyone else; answers how many people. */
    @Transactional
    public int recomputeAll() {
        List<PersonSummary> active = people.active();
        int placed = recompute(active);
        jdbc.sql("DELETE FROM eligibility WHERE person_id NOT IN (:ids)")
                .param("ids", active.isEmpty() ? List.of(-1L) : active.stream().map(PersonSummary::id).toList()).update();
        return placed;
    }

    @Transactional
    public void recompute(long personId) {
        recompute(Set.of(personId));
    }

    /** Recomputes these people, reading their places and the ladder once (a KPI upload names thousands). */
    @Transactional
    public void recompute(Collection<Long> personIds) {
        recompute(List.copyOf(people.byIds(personIds).values()));
    }

    private int recompute(List<PersonSummary> persons) {
        var placed = placements.ofAll(persons);
        List<LadderLevel> levels = ladder.all();
        List<Long> unplaced = new ArrayList<>();
        for (PersonSummary person : persons) {
            Placements.Placement placement = placed.get(person.id());
            if (placement == null) {
                unplaced.add(person.id());
            }
            else {
                recompute(person, placement, levels);
            }
        }
        if (!unplaced.isEmpty()) {
            jdbc.sql("DELETE FROM eligibility WHERE person_id IN (:ids)").param("ids", unplaced).update();
        }
        return placed.size();
    }

    private void recompute(PersonSummary person, Placements.Placement placement, List<LadderLevel> levels) {
        Map<String, Boolean> before = new HashMap<>();
        jdbc.sql("SELECT level_code, eligible FROM eligibility WHERE person_id = ?").param(person.id())
                .query(rs -> {
                    before.put(rs.getString(1), rs.getBoolean(2));
                });
        Set<String> current = new HashSet<>();
        Instant now = clock.instant();
        for (LadderLevel level : levels.stream().filter(level -> level.isReachedFrom(placement.levelCode())).toList()) {
            current.add(level.getCode());
            Eligibility.Standing standing = eligibility.evaluate(person, placement.since(), level, false, Locale.ENGLISH);
            List<Integer> unmet = new ArrayList<>();
            for (int i = 0; i < standing.checks().size(); i++) {
                if (standing.checks().get(i).unmet()) {
                    unmet.add(i);
                }
            }
            store(person.id(), level.getCode(), standing, unmet, now);
            if (standing.eligible() && !before.getOrDefault(level.getCode(), false) && person.active()) {
                notifications.tellAndMail(person.id(), "ELIGIBLE", "notification.career.eligible",
                        List.of(level.getNameEn(), level.getNameZh()), "/career", null);
            }
        }
        before.keySet().stream().filter(code -> !current.contains(code)).forEach(code -> jdbc
                .sql("DELETE FROM eligibility WHERE person_id = ? AND level_code = ?").params(person.id(), code).update());
    }

    private void store(long personId, String levelCode, Eligibility.Standing standing, List<Integer> unmet, Instant now) {
        String positions = unmet.stream().map(String::valueOf).collect(Collectors.joining(","));
        // one statement: an update that finds no row and then an insert took gap locks that two
        // recomputes of different people (two submits) could each wait on, a deadlock on MariaDB
        jdbc.sql("""
                INSERT INTO eligibility (eligible, met, total, unmet, computed_at, person_id, level_code)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE eligible = VALUES(eligible), met = VALUES(met), total = VALUES(total),
                    unmet = VALUES(unmet), computed_at = VALUES(computed_at)""")
                .params(standing.eligible(), standing.met(), standing.counted(), positions, StoredTime.of(now), personId,
                        levelCode)
                .update();
    }

    /** The stored results of these people, eligible first. */
    @Transactional(readOnly = true)
    List<Entry> of(Set<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT person_id, level_code, eligible, met, total, unmet, computed_at FROM eligibility
                WHERE person_id IN (:ids) ORDER BY eligible DESC, met DESC, person_id""")
                .param("ids", personIds)
                .query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5),
                        positions(rs.getString(6)), StoredTime.instant(rs, 7)))
                .list();
    }

    private static List<Integer> positions(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}

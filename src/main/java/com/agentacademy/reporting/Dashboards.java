package com.agentacademy.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.people.Role;
import com.agentacademy.security.StoredTime;
import com.agentacademy.web.ChartData;

/**
 * The figures of the training dashboard, each as a chart that the page also shows as a table and
 * that downloads as CSV or Excel: pass rates per exam, time to the go-live certification,
 * certification coverage per team. Read straight from the other modules' tables; nothing here
 * changes anything.
 */
@Service
@Transactional(readOnly = true)
class Dashboards {

    /** Days from joining to the go-live certificate, in these buckets (the last is "more"). */
    static final int[] GO_LIVE_DAYS = { 30, 45, 60, 90 };

    private final JdbcClient jdbc;
    private final PeopleDirectory people;
    private final CertificationCatalog certifications;
    private final MessageSource messages;
    private final String goLive;
    private final Clock clock;

    Dashboards(JdbcClient jdbc, PeopleDirectory people, CertificationCatalog certifications, MessageSource messages,
            @Value("${academy.reports.go-live-certification:go-live}") String goLive, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.certifications = certifications;
        this.messages = messages;
        this.goLive = goLive;
        this.clock = clock;
    }

    /**
     * Per exam with graded attempts in the last twelve months: the share of first attempts passed and
     * of all attempts passed, in percent.
     */
    ChartData passRates(Locale locale) {
        LocalDateTime since = StoredTime.of(clock.instant().minus(Duration.ofDays(365)));
        List<String> labels = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        jdbc.sql("""
                SELECT e.title,
                       SUM(CASE WHEN a.number = 1 AND a.passed THEN 1 ELSE 0 END), SUM(CASE WHEN a.number = 1 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN a.passed THEN 1 ELSE 0 END), COUNT(*)
                FROM exam_attempt a JOIN exam e ON e.id = a.exam_id
                WHERE a.graded_at IS NOT NULL AND a.finished_at >= ?
                GROUP BY e.id, e.title ORDER BY e.title""")
                .param(since)
                .query(rs -> {
                    labels.add(rs.getString(1));
                    first.add(percent(rs.getLong(2), rs.getLong(3)));
                    all.add(percent(rs.getLong(4), rs.getLong(5)));
                });
        return new ChartData("pass-rates", ChartData.Kind.BAR, labels,
                List.of(new ChartData.Series(text("dashboard.series.first-pass", locale), first),
                        new ChartData.Series(text("dashboard.series.all-pass", locale), all)));
    }

    /** How many people reached their first go-live certificate within 30, 45, 60, 90 days of joining, or later. */
    ChartData timeToGoLive(Locale locale) {
        Map<Long, PersonSummary> everyone = new HashMap<>();
        people.active().forEach(person -> everyone.put(person.id(), person));
        int[] counts = new int[GO_LIVE_DAYS.length + 1];
        jdbc.sql("SELECT person_id, MIN(issued_at) FROM certificate WHERE certification_id = ? GROUP BY person_id")
                .param(goLive)
                .query(rs -> {
                    PersonSummary person = everyone.get(rs.getLong(1));
                    if (person != null) {
                        long days = Duration.between(person.joinedAt(), StoredTime.instant(rs, 2)).toDays();
                        int bucket = 0;
                        while (bucket < GO_LIVE_DAYS.length && days > GO_LIVE_DAYS[bucket]) {
                            bucket++;
                        }
                        counts[bucket]++;
                    }
                });
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int bucket = 0; bucket <= GO_LIVE_DAYS.length; bucket++) {
            labels.add(bucket == GO_LIVE_DAYS.length ? text("dashboard.days.more", locale, GO_LIVE_DAYS[bucket - 1])
                    : text("dashboard.days.within", locale, GO_LIVE_DAYS[bucket]));
            values.add(counts[bucket]);
        }
        return new ChartData("time-to-go-live", ChartData.Kind.BAR, labels,
                List.of(new ChartData.Series(text("dashboard.series.people", locale), values)));
    }

    /** Per team, for each certification, the share of the team's active agents who hold it now, in percent. */
    ChartData coverage(Locale locale) {
        Instant now = clock.instant();
        Map<Long, List<PersonSummary>> agentsByTeam = new LinkedHashMap<>();
        Map<Long, String> teamNames = new LinkedHashMap<>();
        people.teams().forEach(team -> teamNames.put(team.id(), team.name()));
        for (PersonSummary person : people.active()) {
            if (person.hasRole(Role.AGENT) && person.teamId() != null) {
                agentsByTeam.computeIfAbsent(person.teamId(), id -> new ArrayList<>()).add(person);
            }
        }
        Map<Long, List<String>> held = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, certification_id FROM certificate
                WHERE revoked_at IS NULL AND replaced_by IS NULL AND expires_at > ? AND (recertify_by IS NULL OR recertify_by > ?)""")
                .params(StoredTime.of(now), StoredTime.of(now))
                .query(rs -> {
                    held.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        List<Long> teams = teamNames.keySet().stream().filter(agentsByTeam::containsKey).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (CertificationCatalog.Definition certification : certifications.all()) {
            List<Double> shares = new ArrayList<>();
            for (long team : teams) {
                List<PersonSummary> agents = agentsByTeam.get(team);
                long holding = agents.stream()
                        .filter(agent -> held.getOrDefault(agent.id(), List.of()).contains(certification.id())).count();
                shares.add(percent(holding, agents.size()));
            }
            series.add(new ChartData.Series(certification.name(locale), shares));
        }
        return new ChartData("coverage", ChartData.Kind.BAR, teams.stream().map(teamNames::get).toList(), series);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private String text(String key, Locale locale, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, shown, locale);
    }
}

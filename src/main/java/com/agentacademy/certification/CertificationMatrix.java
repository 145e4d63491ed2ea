package com.agentacademy.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;

/**
 * HR's matrix: every active person against every certification, with the state of the person's
 * latest certificate in each, filtered by team and state, and counted per certification.
 */
@Service
class CertificationMatrix {

    /** What a cell shows. */
    enum Cell {
        NONE, VALID, EXPIRING_SOON, RECERTIFY, EXPIRED, REVOKED
    }

    /** The state filter: any row, or rows with at least one cell in the state. */
    enum Filter {
        ALL, CURRENT, EXPIRING, EXPIRED, MISSING
    }

    record Row(PersonSummary person, String team, List<Cell> cells, List<LocalDate> ends) {
    }

    record Table(List<CertificationCatalog.Definition> certifications, List<String> names, List<Row> rows,
            List<Long> currentCounts) {
    }

    /** A certificate that ends soon, for the expiring list. */
    record Expiring(PersonSummary person, String team, String certification, LocalDate endsOn, long certificateId) {
    }

    private final CertificateStore store;
    private final CertificationCatalog catalog;
    private final PeopleDirectory people;
    private final Clock clock;

    CertificationMatrix(CertificateStore store, CertificationCatalog catalog, PeopleDirectory people, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The matrix of the active people in the team (all teams when {@code null}) and among
     * {@code only} (everyone when {@code null}), whose certificates match the filter.
     */
    Table table(Long teamId, Set<Long> only, Filter filter, Locale locale) {
        List<CertificationCatalog.Definition> certifications = catalog.all();
        Map<Long, String> teams = teamNames();
        Map<Long, Map<String, Certificate>> latest = latestByPerson();
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        for (PersonSummary person : people.active()) {
            if (teamId != null && !teamId.equals(person.teamId()) || only != null && !only.contains(person.id())) {
                continue;
            }
            Map<String, Certificate> held = latest.getOrDefault(person.id(), Map.of());
            List<Cell> cells = new ArrayList<>();
            List<LocalDate> ends = new ArrayList<>();
            for (CertificationCatalog.Definition certification : certifications) {
                Certificate certificate = held.get(certification.id());
                cells.add(cellOf(certificate, now));
                ends.add(certificate == null ? null : LocalDate.ofInstant(certificate.endsAt(), clock.getZone()));
            }
            if (matches(cells, filter)) {
                rows.add(new Row(person, person.teamId() == null ? "" : teams.getOrDefault(person.teamId(), ""), cells, ends));
            }
        }
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < certifications.size(); i++) {
            int column = i;
            counts.add(rows.stream().filter(row -> isCurrent(row.cells().get(column))).count());
        }
        return new Table(certifications, certifications.stream().map(definition -> definition.name(locale)).toList(),
                rows, counts);
    }

    /** Current certificates that end within {@code days} days, soonest first. */
    List<Expiring> expiring(int days, Locale locale) {
        Instant now = clock.instant();
        Instant until = now.plus(java.time.Duration.ofDays(days));
        Map<Long, String> teams = teamNames();
        Map<String, String> names = new HashMap<>();
        catalog.all().forEach(definition -> names.put(definition.id(), definition.name(locale)));
        Map<Long, PersonSummary> everyone = new HashMap<>();
        people.active().forEach(person -> everyone.put(person.id(), person));
        return store.latest().stream()
                .filter(certificate -> certificate.statusAt(now).isCurrent() && certificate.endsAt().isBefore(until))
                .filter(certificate -> everyone.containsKey(certificate.personId()))
                .sorted(Comparator.comparing(Certificate::endsAt))
                .map(certificate -> {
                    PersonSummary person = everyone.get(certificate.personId());
                    return new Expiring(person, person.teamId() == null ? "" : teams.getOrDefault(person.teamId(), ""),
                            names.getOrDefault(certificate.certificationId(), certificate.certificationId()),
                            LocalDate.ofInstant(certificate.endsAt(), clock.getZone()), certificate.id());
                }).toList();
    }

    List<PeopleDirectory.TeamSummary> teams() {
        return people.teams();
    }

    private Map<Long, String> teamNames() {
        Map<Long, String> names = new HashMap<>();
        people.teams().forEach(team -> names.put(team.id(), team.name()));
        return names;
    }

    /** Per person and certification, the newest certificate, revoked ones included. */
    private Map<Long, Map<String, Certificate>> latestByPerson() {
        Map<Long, Map<String, Certificate>> latest = new HashMap<>();
        for (Certificate certificate : store.all()) {
            latest.computeIfAbsent(certificate.personId(), id -> new HashMap<>())
                    .merge(certificate.certificationId(), certificate,
                            (one, other) -> one.issuedAt().isAfter(other.issuedAt()) ? one : other);
        }
        return latest;
    }

    private static Cell cellOf(Certificate certificate, Instant now) {
        if (certificate == null) {
            return Cell.NONE;
        }
        return switch (certificate.statusAt(now)) {
            case VALID -> Cell.VALID;
            case EXPIRING_SOON -> Cell.EXPIRING_SOON;
            case RECERTIFY -> Cell.RECERTIFY;
            case EXPIRED, REPLACED -> Cell.EXPIRED;
            case REVOKED -> Cell.REVOKED;
        };
    }

    private static boolean isCurrent(Cell cell) {
        return cell == Cell.VALID || cell == Cell.EXPIRING_SOON || cell == Cell.RECERTIFY;
    }

    private static boolean matches(List<Cell> cells, Filter filter) {
        return switch (filter) {
            case ALL -> true;
            case CURRENT -> cells.stream().anyMatch(CertificationMatrix::isCurrent);
            case EXPIRING -> cells.stream().anyMatch(cell -> cell == Cell.EXPIRING_SOON || cell == Cell.RECERTIFY);
            case EXPIRED -> cells.stream().anyMatch(cell -> cell == Cell.EXPIRED || cell == Cell.REVOKED);
            case MISSING -> cells.stream().anyMatch(cell -> cell == Cell.NONE);
        };
    }
}

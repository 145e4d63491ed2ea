package com.agentacademy.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.agentacademy.security.OneLine;
import com.agentacademy.security.StoredTime;

/**
 * The audit log as administrators read it: newest first, filtered by who did it, by kind and by
 * days in the call centre's time zone (the log stores UTC).
 */
@Component
class AuditLog {

    static final int PAGE_SIZE = 50;

    /** The most rows one download holds. */
    static final int MAX_DOWNLOAD = 100_000;

    /**
     * One entry.
     *
     * @param actorName {@code null} for the system itself
     */
    record Entry(long id, Instant occurredAt, Long actorId, String actorName, String actorUsername,
            String actorEmployeeNumber, String kind, String subject, String details, String address) {

        public String subjectShown() {
            return harmless(subject);
        }

        public String detailsShown() {
            return harmless(details);
        }

        public String addressShown() {
            return address == null ? "—" : harmless(address);
        }
    }

    /**
     * What to show.
     *
     * @param actorId only what this person did, or everyone's
     * @param kind only this kind, or every kind
     * @param from from the start of this day, or from the beginning
     * @param to to the end of this day, or to now
     */
    record Filter(Long actorId, String kind, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person with this user name or employee number, whatever the case. */
    Optional<Long> person(String usernameOrEmployeeNumber) {
        String wanted = usernameOrEmployeeNumber.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("SELECT id FROM person WHERE LOWER(username) = ? OR LOWER(employee_number) = ? ORDER BY id")
                .params(wanted, wanted).query(Long.class).list().stream().findFirst();
    }

    /** The kinds the log holds, in alphabetical order. */
    List<String> kinds() {
        return jdbc.sql("SELECT DISTINCT kind FROM audit_event ORDER BY kind").query(String.class).list();
    }

    Page<Entry> page(Filter filter, int page, ZoneId zone) {
        Where where = where(filter, zone);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event e" + where.sql()).params(where.params())
                .query(Long.class).single();
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, last));
        return new PageImpl<>(entries(where, PAGE_SIZE, (long) shown * PAGE_SIZE), PageRequest.of(shown, PAGE_SIZE),
                total);
    }

    /** Every entry the filter lets through, up to {@value #MAX_DOWNLOAD}, newest first. */
    List<Entry> all(Filter filter, ZoneId zone) {
        return entries(where(filter, zone), MAX_DOWNLOAD, 0);
    }

    private List<Entry> entries(Where where, int limit, long offset) {
        return jdbc.sql("""
                SELECT e.id, e.occurred_at, e.actor_id, p.display_name, p.username, p.employee_number, e.kind,
                    e.subject, e.details, e.client_address
                FROM audit_event e LEFT JOIN person p ON p.id = e.actor_id
                """ + where.sql() + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT " + limit + " OFFSET " + offset)
                .params(where.params())
                .query((rs, row) -> new Entry(rs.getLong(1), StoredTime.instant(rs, 2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(Filter filter, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.actorId() != null) {
            conditions.add("e.actor_id = ?");
            params.add(filter.actorId());
        }
        if (filter.kind() != null) {
            conditions.add("e.kind = ?");
            params.add(filter.kind());
        }
        if (filter.from() != null) {
            conditions.add("e.occurred_at >= ?");
            params.add(StoredTime.of(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("e.occurred_at < ?");
            params.add(StoredTime.of(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /**
     * The text on one line (see {@link OneLine}); entries are stored so, and this keeps entries
     * written before that harmless too.
     */
    static String harmless(String text) {
        return OneLine.of(text);
    }
}

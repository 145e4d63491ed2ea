package com.agentacademy.career;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.agentacademy.security.StoredTime;

/** Monthly KPIs and the log of KPI uploads, in plain SQL: an import writes thousands of rows at once. */
@Repository
class KpiStore {

    /** Where a month's figures came from. */
    enum Source {
        IMPORT, MANUAL
    }

    /** A month's figures with who recorded them, how and when ({@code enteredBy} is empty for the system). */
    record Entry(KpiMonth figures, Source source, Long enteredBy, Instant enteredAt) {
    }

    /** An accepted upload. */
    record Upload(long id, String fileName, String months, int rows, long uploadedBy, Instant uploadedAt) {
    }

    private static final String INSERT = "INSERT INTO kpi_month (" + KpiHistory.COLUMNS
            + ", source, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    KpiStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM kpi_month").query(Long.class).single() == 0;
    }

    Optional<Entry> find(long personId, YearMonth month) {
        return jdbc.sql("SELECT " + KpiHistory.COLUMNS + ", source, entered_by, entered_at FROM kpi_month "
                        + "WHERE person_id = ? AND period = ?")
                .params(personId, month.toString()).query(KpiStore::entry).optional();
    }

    /** The person's months with their origin, most recent first. */
    List<Entry> entries(long personId) {
        return jdbc.sql("SELECT " + KpiHistory.COLUMNS + ", source, entered_by, entered_at FROM kpi_month "
                        + "WHERE person_id = ? ORDER BY period DESC")
                .param(personId).query(KpiStore::entry).list();
    }

    /** The most recent month of each of these people who has one. */
    Map<Long, KpiMonth> latest(Collection<Long> personIds) {
        Map<Long, KpiMonth> latest = new HashMap<>();
        if (personIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("SELECT " + KpiHistory.COLUMNS + " FROM kpi_month k WHERE person_id IN (:ids) "
                        + "AND period = (SELECT MAX(period) FROM kpi_month l WHERE l.person_id = k.person_id)")
                .param("ids", personIds).query(KpiHistory::month).list()
                .forEach(month -> latest.put(month.personId(), month));
        return latest;
    }

    /** Everyone with figures in any of these months. */
    Set<Long> peopleIn(Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT person_id FROM kpi_month WHERE period IN (:periods)")
                .param("periods", months.stream().map(YearMonth::toString).toList()).query(Long.class).list());
    }

    /** Deletes every row of these months and stores {@code rows} in their place. */
    void replaceMonths(Collection<YearMonth> months, List<KpiMonth> rows, Long actorId, Instant at) {
        if (!months.isEmpty()) {
            jdbc.sql("DELETE FROM kpi_month WHERE period IN (:periods)")
                    .param("periods", months.stream().map(YearMonth::toString).toList()).update();
        }
        insert(rows, Source.IMPORT, actorId, at);
    }

    /** Stores new rows; none of them may exist yet. */
    void insert(List<KpiMonth> rows, Source source, Long actorId, Instant at) {
        batches.batchUpdate(INSERT, rows, BATCH, (statement, month) -> {
            Object[] values = values(month, source, actorId, at);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        });
    }

    /** Stores one month of one person, replacing what was there. */
    void save(KpiMonth month, Source source, Long actorId, Instant at) {
        int updated = update(month, source, actorId, at);
        if (updated == 0) {
            try {
                jdbc.sql(INSERT).params(values(month, source, actorId, at)).update();
            }
            catch (DuplicateKeyException storedMeanwhile) {
                update(month, source, actorId, at);
            }
        }
    }

    long logUpload(String fileName, String months, int rows, long actorId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kpi_upload (file_name, periods, row_count, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?)")
                .params(fileName, months, rows, actorId, StoredTime.of(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The latest accepted uploads, newest first. */
    List<Upload> uploads(int limit) {
        return jdbc.sql("SELECT id, file_name, periods, row_count, uploaded_by, uploaded_at FROM kpi_upload "
                        + "ORDER BY uploaded_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query((rs, row) -> new Upload(rs.getLong("id"), rs.getString("file_name"), rs.getString("periods"),
                        rs.getInt("row_count"), rs.getLong("uploaded_by"), StoredTime.instant(rs, "uploaded_at")))
                .list();
    }

    private int update(KpiMonth month, Source source, Long actorId, Instant at) {
        return jdbc.sql("""
                UPDATE kpi_month SET calls_handled = ?, first_contact_resolution = ?, handle_time_seconds = ?,
                    qa_score = ?, csat = ?, source = ?, entered_by = ?, entered_at = ?
                WHERE person_id = ? AND period = ?
                """).params(month.callsHandled(), month.firstContactResolution(), month.handleTimeSeconds(),
                        month.qaScore(), month.csat(), source.name(), actorId, StoredTime.of(at), month.personId(),
                        month.month().toString())
                .update();
    }

    private static Object[] values(KpiMonth month, Source source, Long actorId, Instant at) {
        return new Object[] { month.personId(), month.month().toString(), month.callsHandled(),
                month.firstContactResolution(), month.handleTimeSeconds(), month.qaScore(), month.csat(),
                source.name(), actorId, StoredTime.of(at) };
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        long enteredById = rs.getLong("entered_by");
        Long enteredBy = rs.wasNull() ? null : enteredById;
        return new Entry(KpiHistory.month(rs, row), Source.valueOf(rs.getString("source")), enteredBy,
                StoredTime.instant(rs, "entered_at"));
    }
}

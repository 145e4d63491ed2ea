package com.agentacademy.career;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's monthly KPIs as recorded, for the pages and for the ladder's KPI requirements. */
@Component
class KpiHistory {

    static final String COLUMNS = "person_id, period, calls_handled, first_contact_resolution, handle_time_seconds, "
            + "qa_score, csat";

    private final JdbcClient jdbc;

    KpiHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every month recorded for the person, oldest first. */
    List<KpiMonth> history(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kpi_month WHERE person_id = ? ORDER BY period")
                .param(personId).query(KpiHistory::month).list();
    }

    /**
     * The person's {@code count} most recent recorded months strictly before {@code before}, most
     * recent first; fewer when fewer are recorded. Months without figures are skipped, not filled in.
     */
    List<KpiMonth> recent(long personId, YearMonth before, int count) {
        if (count <= 0) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM kpi_month WHERE person_id = ? AND period < ? "
                        + "ORDER BY period DESC LIMIT ?")
                .params(personId, before.toString(), count).query(KpiHistory::month).list();
    }

    static KpiMonth month(ResultSet rs, int row) throws SQLException {
        return new KpiMonth(rs.getLong("person_id"), YearMonth.parse(rs.getString("period").strip()),
                rs.getInt("calls_handled"), rs.getBigDecimal("first_contact_resolution"),
                rs.getInt("handle_time_seconds"), rs.getBigDecimal("qa_score"), rs.getBigDecimal("csat"));
    }
}

package com.agentacademy.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The months the ladder asks for: the most recent ones strictly before a month, most recent first, gaps skipped. */
class KpiHistoryTests {

    static KpiHistory history;
    static long liu;
    static long zhao;

    @BeforeAll
    static void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:kpi-history;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        liu = person(jdbc, "E1001");
        zhao = person(jdbc, "E1002");
        var store = new KpiStore(jdbc, new JdbcTemplate(dataSource));
        store.insert(List.of(month(liu, "2026-06"), month(liu, "2026-03"), month(liu, "2026-08"), month(liu, "2026-05"),
                month(liu, "2026-07"), month(zhao, "2026-07")), KpiStore.Source.IMPORT, null, Instant.parse("2026-09-02T08:00:00Z"));
        history = new KpiHistory(jdbc);
    }

    @Test
    void recentGivesTheMostRecentMonthsStrictlyBeforeTheMonthMostRecentFirst() {
        assertThat(months(history.recent(liu, YearMonth.of(2026, 8), 3))).containsExactly("2026-07", "2026-06", "2026-05");
        assertThat(months(history.recent(liu, YearMonth.of(2026, 9), 2))).containsExactly("2026-08", "2026-07");
    }

    @Test
    void recentSkipsMonthsWithoutFiguresAndGivesFewerWhenFewerAreRecorded() {
        assertThat(months(history.recent(liu, YearMonth.of(2026, 6), 3))).containsExactly("2026-05", "2026-03");
        assertThat(months(history.recent(liu, YearMonth.of(2026, 4), 6))).containsExactly("2026-03");
        assertThat(history.recent(liu, YearMonth.of(2026, 3), 6)).isEmpty();
        assertThat(history.recent(liu, YearMonth.of(2026, 9), 0)).isEmpty();
    }

    @Test
    void eachPersonHasTheirOwnHistoryOldestFirst() {
        assertThat(months(history.history(liu))).containsExactly("2026-03", "2026-05", "2026-06", "2026-07", "2026-08");
        assertThat(history.recent(zhao, YearMonth.of(2026, 12), 6)).singleElement().satisfies(month -> {
            assertThat(month.personId()).isEqualTo(zhao);
            assertThat(month.firstContactResolution()).isEqualByComparingTo("86.5");
            assertThat(month.handleTimeSeconds()).isEqualTo(410);
        });
    }

    private static List<String> months(List<KpiMonth> months) {
        return months.stream().map(month -> month.month().toString()).toList();
    }

    private static KpiMonth month(long person, String month) {
        return new KpiMonth(person, YearMonth.parse(month), 1400, new BigDecimal("86.50"), 410, new BigDecimal("90.00"),
                new BigDecimal("92.25"));
    }

    private static long person(JdbcClient jdbc, String number) {
        jdbc.sql("""
                INSERT INTO person (username, employee_number, display_name, email, password_hash, must_change_password,
                    active, created_at, version)
                VALUES (?, ?, ?, ?, 'x', FALSE, TRUE, CURRENT_TIMESTAMP, 0)
                """).params(number.toLowerCase(), number, number, number + "@example.test").update();
        return jdbc.sql("SELECT id FROM person WHERE employee_number = ?").param(number).query(Long.class).single();
    }
}

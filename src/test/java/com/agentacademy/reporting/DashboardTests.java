package com.agentacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.exam.ExamFixtures;
import com.agentacademy.exam.GradedAttempts;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.support.MutableClock;
import com.agentacademy.support.SiteClient;
import com.agentacademy.web.ChartData;

/**
 * The training dashboard's figures against counts worked out by hand, and its downloads: formula
 * text written as text, HR and trainers in, agents out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.content.import-on-startup=true", "academy.reports.go-live-certification=quiz",
        "spring.datasource.url=jdbc:h2:mem:dashboard;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DashboardTests {

    static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    static final Path ROOT = ExamFixtures.contentFolder("dashboard");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> ROOT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> ROOT.resolve("courses").toString());
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Dashboards dashboards;

    @Autowired
    PeopleDirectory people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void figuresMatchTheCountsWorkedOutByHand() throws Exception {
        // quiz-auto: agent fails then passes, agent2 passes at once, agent3 fails once:
        // first attempts 1 passed of 3 = 33.3 %; all attempts 2 of 4 = 50 %.
        long agent = id("agent");
        long agent2 = id("agent2");
        long agent3 = id("agent3");
        GradedAttempts.insert(jdbc, agent, "quiz-auto", false, 30, NOW.minusSeconds(86400 * 20));
        long agentPass = GradedAttempts.insert(jdbc, agent, "quiz-auto", true, 90, NOW.minusSeconds(86400 * 10));
        long agent2Pass = GradedAttempts.insert(jdbc, agent2, "quiz-auto", true, 90, NOW.minusSeconds(86400 * 5));
        GradedAttempts.insert(jdbc, agent3, "quiz-auto", false, 30, NOW.minusSeconds(86400 * 5));
        // an attempt older than twelve months does not count
        GradedAttempts.insert(jdbc, id("agent4"), "quiz-auto", true, 90, NOW.minusSeconds(86400 * 400));

        ChartData rates = dashboards.passRates(Locale.ENGLISH);
        int quiz = rates.labels().indexOf("Quiz quiz-auto");
        assertThat(rates.series().get(0).values().get(quiz)).isEqualTo(33.3);
        assertThat(rates.series().get(1).values().get(quiz)).isEqualTo(50.0);

        // certificates of "quiz" (the go-live certification here): agent 40 days after joining, agent2 10 days;
        // Team A's agents are qa, agent, agent2, agent3: 2 of 4 hold quiz = 50 %; Team B (agent4, agent5): 0 %.
        joined(agent, NOW.minusSeconds(86400 * 50));
        joined(agent2, NOW.minusSeconds(86400 * 15));
        certificate(agent, agentPass, NOW.minusSeconds(86400 * 10));
        certificate(agent2, agent2Pass, NOW.minusSeconds(86400 * 5));

        ChartData goLive = dashboards.timeToGoLive(Locale.ENGLISH);
        assertThat(goLive.labels()).containsExactly("within 30 days", "within 45 days", "within 60 days", "within 90 days",
                "more than 90 days");
        assertThat(List.<Object>copyOf(goLive.series().get(0).values())).containsExactly(1, 1, 0, 0, 0);

        ChartData coverage = dashboards.coverage(Locale.ENGLISH);
        assertThat(coverage.labels()).containsExactly("Team A · 一组", "Team B · 二组");
        ChartData.Series quizCoverage = coverage.series().stream().filter(series -> series.name().equals("Quiz"))
                .findFirst().orElseThrow();
        assertThat(List.<Object>copyOf(quizCoverage.values())).containsExactly(50.0, 0.0);

        var hr = new SiteClient(port);
        hr.signIn("hr", "demo-academy-2026");
        hr.post("/language", "lang=en", hr.get("/").body());
        var page = org.jsoup.Jsoup.parse(hr.get("/reports/dashboard").body());
        assertThat(page.select("#pass-rates-card tbody tr").stream().map(row -> row.select("th, td").eachText())
                .filter(cells -> cells.get(0).equals("Quiz quiz-auto")).findFirst().orElseThrow())
                .containsExactly("Quiz quiz-auto", "33.3", "50.0");
        assertThat(page.select("#pass-rates").attr("data-chart")).contains("\"values\":[33.3");
        var agentSite = new SiteClient(port);
        agentSite.signIn("agent", "demo-academy-2026");
        assertThat(agentSite.get("/reports/dashboard").statusCode()).isEqualTo(403);
    }

    @Test
    void downloadsWriteFormulaTextAsText() throws Exception {
        jdbc.sql("UPDATE team SET name = '=HYPERLINK(\"http://x\")' WHERE name = 'Team B · 二组'").update();
        try {
            var hr = new SiteClient(port);
            hr.signIn("hr", "demo-academy-2026");
            String csv = hr.get("/reports/dashboard/coverage.csv").body();
            assertThat(csv).contains("'=HYPERLINK");
            assertThat(csv.lines().findFirst().orElseThrow()).contains("Team");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'EXPORT' AND subject = 'dashboard-coverage'")
                    .query(Integer.class).single()).isPositive();
        }
        finally {
            jdbc.sql("UPDATE team SET name = 'Team B · 二组' WHERE name LIKE '=HYPERLINK%'").update();
        }
    }

    private long id(String username) {
        return people.byUsername(username).orElseThrow().id();
    }

    private void joined(long person, Instant at) {
        jdbc.sql("UPDATE person SET created_at = ? WHERE id = ?").params(LocalDateTime.ofInstant(at, ZoneOffset.UTC), person)
                .update();
    }

    private void certificate(long person, long attempt, Instant at) {
        var when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO certificate (code, person_id, certification_id, attempt_id, exam_slug, percent, issued_at, expires_at)
                VALUES (?, ?, 'quiz', ?, 'quiz-auto', 90, ?, ?)""")
                .params("CODE" + attempt, person, attempt, when, when.plusYears(1)).update();
    }
}

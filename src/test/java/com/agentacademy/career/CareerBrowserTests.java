package com.agentacademy.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
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
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.support.Browser;
import com.agentacademy.support.MutableClock;

/**
 * The promotion journey in the browser: HR imports the month's KPIs, an agent sees they are now
 * eligible for QA specialist and applies, their supervisor recommends, HR approves, and the agent
 * now has the QA grading queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.content.import-on-startup=true", "academy.career.ladder-file=classpath:career/test-ladder.yml",
        "spring.datasource.url=jdbc:h2:mem:career-browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class CareerBrowserTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final Path ROOT = ExamFixtures.contentFolder("career-browser");
    static final String PASSWORD = "demo-academy-2026";

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
    JdbcClient jdbc;

    @Autowired
    PeopleDirectory people;

    @Autowired
    EligibilityBoard board;

    @Test
    void hrImportsKpisTheAgentAppliesTheSupervisorRecommendsHrApprovesAndTheAgentGrades() throws IOException {
        long agent = people.byUsername("agent3").orElseThrow().id();
        jdbc.sql("UPDATE person_level SET since_day = ? WHERE person_id = ?").params(LocalDate.of(2026, 4, 1), agent).update();
        jdbc.sql("DELETE FROM kpi_month WHERE person_id = ?").param(agent).update();
        board.recompute(agent);
        Path csv = Files.createTempFile("kpis-", ".csv");
        Files.writeString(csv, """
                employee_number,month,calls_handled,first_contact_resolution,avg_handle_time_seconds,qa_score,csat
                E1003,2026-09,1290,88.5%,402,91.0,93.2%
                E1003,2026-10,1310,89.1%,395,92.5,94.0%
                """, StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(1280, 1800));
            as(browser, "agent3");
            browser.go("/career");
            assertThat(level(browser, "qa-specialist")).contains("Figures for 0 of the 2 months needed.");
            assertThat(browser.findAll("[data-level='qa-specialist'] .apply-form")).isEmpty();

            as(browser, "hr");
            browser.go("/kpis/import");
            browser.find("#file").sendKeys(csv.toString());
            browser.submit("#kpi-import-form button[type=submit]");
            assertThat(browser.text()).contains("2026-09").contains("2026-10");

            as(browser, "agent3");
            browser.go("/career");
            assertThat(level(browser, "qa-specialist")).contains("Eligible").contains("Average 88.8 % over 2026-09 to 2026-10.");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("career-path-eligible");
            browser.find("#motivation-qa-specialist").sendKeys("I calibrate well and want to score calls.");
            browser.submit("[data-level='qa-specialist'] .apply-form button");
            assertThat(browser.find("#application-state").getAttribute("data-state")).isEqualTo("SUBMITTED");
            browser.go("/grading");
            assertThat(browser.text()).contains("Not allowed");

            as(browser, "supervisor");
            browser.go("/career/eligibility");
            assertThat(browser.find("#eligibility-list").getText()).contains("Sun Yue").contains("QA Specialist");
            browser.screenshot("career-eligibility");
            browser.go("/career/applications");
            browser.submit("#application-queue a.btn-primary");
            browser.find("#review-notes-input").sendKeys("Scored ten calls with me; judgement is sound.");
            browser.submit("#recommend");
            assertThat(browser.find("#application-state").getAttribute("data-state")).isEqualTo("RECOMMENDED");

            as(browser, "hr");
            browser.go("/career/pipeline");
            assertThat(browser.find("#pending-applications").getText()).contains("Sun Yue");
            browser.screenshot("career-pipeline");
            browser.go("/career/applications");
            browser.submit("#application-queue a.btn-primary");
            browser.submit("#approve");
            assertThat(browser.find("#application-state").getAttribute("data-state")).isEqualTo("APPROVED");

            as(browser, "agent3");
            browser.go("/grading");
            assertThat(browser.text()).doesNotContain("Not allowed");
            assertThat(browser.find("h1").getText()).isEqualTo("Grading queue");
            browser.go("/career");
            assertThat(browser.find("#current-level").getText()).contains("QA Specialist");
        }
    }

    private static void as(Browser browser, String username) {
        browser.signOut();
        browser.signIn(username, PASSWORD);
        browser.go("/login");
        browser.submit("button[value='en']");
    }

    private static String level(Browser browser, String code) {
        return browser.find("[data-level='" + code + "']").getText();
    }
}

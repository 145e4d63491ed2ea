package com.agentacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.agentacademy.support.Browser;

/**
 * The reports in a real browser with the demo exams and eighty graded first attempts at the English
 * go-live exam (enough for each question to be drawn thirty times): the item analysis with its flags, chart and choices, and the audit log, in both
 * languages, without serious accessibility problems; a trainer retires a flagged question there.
 * Screenshots of every page are left under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:reporting-browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeAll
    void seedAndOpen() {
        SeededAttempts.seed(jdbc, "go-live-en", 80, 7);
        SeededAttempts.seed(jdbc, "go-live-zh", 12, 8);
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor_id, kind, subject, details) VALUES "
                + "('2026-11-24 02:00:00', NULL, 'CONTENT_IMPORT', 'exams', ?)")
                .param("added=3 revised=1\r\n2026-11-24 10:00:00 admin LOGIN forged line").update();
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor_id, kind, subject, details) "
                + "SELECT '2026-11-24 03:15:00', id, 'CERTIFICATE_REVOKED', 'certificate:12', 'Issued by mistake: wrong person' "
                + "FROM person WHERE username = 'hr'").update();
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor_id, kind, subject, details) "
                + "SELECT '2026-11-24 06:40:00', id, 'EXPORT', 'certification-matrix', 'xlsx, 11 rows' "
                + "FROM person WHERE username = 'trainer'").update();
        browser = Browser.open(port);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theItemAnalysisShowsFlagsAChartAndChoices() {
        as("trainer", "en");
        browser.go("/reports/exams");
        assertThat(browser.find("#exam-go-live-en .attempts").getText()).isEqualTo("80");
        assertThat(browser.find("#exam-go-live-en .flags").getText()).matches("\\d+ flags");
        assertThat(browser.find("#exam-go-live-zh .flags").getText()).isEqualTo("18 more first attempts needed before flags");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        screenshot("reports-exams", 1100);

        browser.go("/reports/exams/go-live-en");
        assertThat(browser.find("#attempt-count").getText()).isEqualTo("80");
        assertThat(browser.findAll("#question-figures .flags li")).isNotEmpty();
        assertThat(browser.text()).contains("Check the answer key.");
        browser.waitUntil(driver -> browser.find("#score-distribution").getSize().getHeight() > 50);
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        screenshot("item-analysis-en", 4200);
        screenshotAt("item-analysis-en-top", "main");
        screenshotAt("item-analysis-en-chart", "#score-distribution-card");
    }

    @Test
    void theItemAnalysisInChineseWaitsForMoreAttempts() {
        as("qa", "zh-CN");
        browser.go("/reports/exams/go-live-zh");
        assertThat(browser.find("#flags-wait").getText()).isEqualTo("还需 18 次首次考试才会标注问题");
        assertThat(browser.findAll(".retire-form")).isEmpty();
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        screenshot("item-analysis-zh", 2600);
    }

    @Test
    void aTrainerRetiresAFlaggedQuestionFromTheAnalysis() {
        as("trainer", "en");
        browser.go("/reports/exams/go-live-en");
        String row = browser.find(".retire-form").findElement(org.openqa.selenium.By.xpath("ancestor::tr"))
                .getDomAttribute("id");

        browser.submit("#" + row + " .retire-form button");

        assertThat(browser.find(".alert-success").getText()).startsWith("The question is retired");
        assertThat(browser.find("#" + row + " .retired").getText()).isEqualTo("Retired");
    }

    @Test
    void theAuditLogShowsControlCharactersAsSymbols() {
        as("admin", "en");
        browser.go("/audit?kind=CONTENT_IMPORT");
        assertThat(browser.find("#audit-entries .details").getText())
                .isEqualTo("added=3 revised=1↵2026-11-24 10:00:00 admin LOGIN forged line");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        browser.go("/audit");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        screenshot("audit-log-en", 1600);
        as("admin", "zh-CN");
        browser.go("/audit?from=2026-11-24&to=2026-11-24");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        screenshot("audit-log-zh", 1100);
    }

    private void as(String username, String language) {
        browser.signOut();
        browser.signIn(username, "demo-academy-2026");
        browser.go("/login");
        browser.submit("button[value='" + language + "']");
    }

    private void screenshotAt(String name, String css) {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", browser.find(css));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private void screenshot(String name, int height) {
        browser.driver().manage().window().setSize(new Dimension(1280, height));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}

package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.gift.GiftType;
import com.agentacademy.support.Browser;

/**
 * An agent takes a one-minute exam: answers, reloads (answers and time intact), answers one
 * question while offline (kept, then sent), lets the time run out and sees the result waiting for
 * grading; a QA specialist grades the essay and the agent sees the final result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:exam-browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamBrowserTests {

    static final String PASSWORD = "demo-academy-2026";
    static final Path EXAMS = ExamFixture.write(ExamFixture.temporaryFolder(), 1);

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", EXAMS::toString);
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    AttemptStore store;

    @BeforeAll
    void importExams() {
        assertThat(examImport.importAll().problems()).isEmpty();
    }

    @Test
    void anAgentTakesATimedExamThroughReloadAndOfflineAndAQaSpecialistGradesTheEssay() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("agent3", PASSWORD);
            browser.go("/login");
            browser.submit("button[value='en']");
            browser.go("/exams/quiz-auto");
            assertThat(browser.find("#rules").getText()).contains("1 min").contains("60 %").contains("2 of 2");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("exam-start");
            browser.submit("#start-exam");

            long attempt = Long.parseLong(browser.path().split("/")[2]);
            assertThat(browser.path()).isEqualTo("/attempts/" + attempt + "/questions/1");
            answer(browser, attempt, 1, "first");
            waitForSaved(browser);
            browser.screenshot("exam-question");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            String stored = storedAnswer(attempt, 1);
            assertThat(stored).isNotNull();

            long before = secondsLeft(browser);
            browser.driver().navigate().refresh();
            assertThat(storedAnswer(attempt, 1)).isEqualTo(stored);
            assertThat(shownAnswerIsKept(browser, attempt, 1)).isTrue();
            long after = secondsLeft(browser);
            assertThat(after).isLessThanOrEqualTo(before).isGreaterThan(before - 10);

            browser.submit("#next-question");
            assertThat(browser.path()).endsWith("/questions/2");
            ChromiumDriver chromium = (ChromiumDriver) browser.driver();
            var offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            chromium.setNetworkConditions(offline);
            answer(browser, attempt, 2, "offline");
            browser.find("#flag-question").click();
            browser.waitUntil(driver -> "offline".equals(browser.find("#save-state").getAttribute("data-state")));
            assertThat(storedAnswer(attempt, 2)).isNull();
            assertThat((String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return localStorage.getItem('academy-attempt-" + attempt + "')")).contains("\"2\"");
            chromium.deleteNetworkConditions();
            waitForSaved(browser);
            assertThat(storedAnswer(attempt, 2)).isNotNull();

            int essay = essayPosition(attempt);
            browser.go("/attempts/" + attempt + "/questions/" + essay);
            answer(browser, attempt, essay, "essay");
            waitForSaved(browser);

            browser.go("/attempts/" + attempt + "/summary");
            // the draw may put the essay first or second, where it was answered already
            int answered = essay <= 2 ? 2 : 3;
            assertThat(browser.find("#summary-counts").getText()).contains(answered + " of 7 questions answered")
                    .contains("1 flagged");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("exam-summary");

            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(driver -> driver.getCurrentUrl().endsWith("/attempts/" + attempt + "/result"));
            assertThat(browser.find("#result-summary").getText()).contains("Waiting for grading");
            assertThat(store.find(attempt).orElseThrow().finishedBy()).isIn(AttemptClosing.BY_TIME_LIMIT, AttemptClosing.BY_PERSON);
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();

            browser.signOut().signIn("qa", PASSWORD);
            browser.go("/grading");
            browser.screenshot("grading-queue");
            browser.submit("#grading-queue a");
            assertThat(browser.find("#essay-answer").getText()).contains("The charger");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.find("#points-0").sendKeys("2");
            browser.find("#points-1").sendKeys("1");
            browser.find("#comment").sendKeys("Give the customer a time for the call-back.");
            browser.screenshot("grading-essay");
            browser.submit("#save-grade");
            assertThat(browser.find("#queue-empty").isDisplayed()).isTrue();

            browser.signOut().signIn("agent3", PASSWORD);
            browser.go("/attempts/" + attempt + "/result");
            assertThat(store.find(attempt).orElseThrow().isFinal()).isTrue();
            assertThat(browser.find("#result-summary").getText()).contains("%");
            assertThat(browser.find("#review-list").getText()).contains("Give the customer a time for the call-back.");
            browser.screenshot("exam-result");
        }
    }

    /** Answers the question at {@code position} in a way that fits its type. */
    private void answer(Browser browser, long attempt, int position, String note) {
        GiftType type = attempts.questionAt(attempt, position).type();
        switch (type) {
            case MULTICHOICE, MULTIANSWER, TRUEFALSE -> browser.find("input[name=answer]").click();
            case SHORTANSWER -> browser.find("#typed-answer").sendKeys("Lumen " + note);
            case NUMERICAL -> browser.find("#typed-answer").sendKeys("5000");
            case ESSAY -> browser.find("#essay-answer").sendKeys("The charger may be faulty; I would try another cable. " + note);
            case MATCHING -> {
                List<WebElement> selects = browser.findAll("select[name^=match-]");
                selects.forEach(select -> new Select(select).selectByIndex(1));
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private boolean shownAnswerIsKept(Browser browser, long attempt, int position) {
        GiftType type = attempts.questionAt(attempt, position).type();
        return switch (type) {
            case MULTICHOICE, MULTIANSWER, TRUEFALSE -> browser.find("input[name=answer]").isSelected();
            case SHORTANSWER, NUMERICAL -> !browser.find("#typed-answer").getAttribute("value").isEmpty();
            case ESSAY -> !browser.find("#essay-answer").getAttribute("value").isEmpty();
            case MATCHING -> browser.findAll("select[name^=match-]").stream()
                    .allMatch(select -> !new Select(select).getFirstSelectedOption().getAttribute("value").isEmpty());
            default -> false;
        };
    }

    private static void waitForSaved(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> "saved".equals(browser.find("#save-state").getAttribute("data-state")));
    }

    private static long secondsLeft(Browser browser) {
        browser.waitUntil(driver -> browser.find("#countdown").getText().matches("\\d\\d:\\d\\d"));
        String[] parts = browser.find("#countdown").getText().split(":");
        return Long.parseLong(parts[0]) * 60 + Long.parseLong(parts[1]);
    }

    private String storedAnswer(long attempt, int position) {
        return store.answers(attempt).stream().filter(answer -> answer.position() == position).findFirst()
                .map(AttemptStore.Answer::response).orElse(null);
    }

    private int essayPosition(long attempt) {
        for (int position = 1; position <= 7; position++) {
            if (attempts.questionAt(attempt, position).type() == GiftType.ESSAY) {
                return position;
            }
        }
        throw new AssertionError("no essay drawn");
    }
}

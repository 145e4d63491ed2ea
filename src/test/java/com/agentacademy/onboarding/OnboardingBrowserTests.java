package com.agentacademy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.support.Browser;
import com.agentacademy.support.MutableClock;

/**
 * The onboarding journey in the browser: HR creates a cohort from a CSV of two new hires who
 * started on Monday 2 March; on Thursday of their second week one of them signs in for the first
 * time, reads the first week's modules and passes its exam; the trainer's board shows that one on
 * track and the other at risk, with the reasons.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.content.import-on-startup=true",
        "spring.datasource.url=jdbc:h2:mem:onboarding-browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class OnboardingBrowserTests {

    static final Path ROOT = OnboardingFixture.write("onboarding-browser");
    static final String NEW_PASSWORD = "first-week-of-calls-2026";

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
            return new MutableClock(Instant.parse("2026-03-12T01:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Test
    void hrCreatesACohortFromCsvAMemberCompletesWeekOneAndTheBoardShowsThemOnTrackAndTheOtherAtRisk()
            throws IOException {
        Path csv = Files.writeString(ROOT.resolve("new-hires.csv"), """
                name,employee_number,email,team,roles
                Chen Xin 陈欣,N7001,chen.xin@example.com,Team A · 一组,AGENT
                Ma Li 马丽,N7002,ma.li@example.com,Team B · 二组,AGENT
                """);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("hr", "demo-academy-2026");
            english(browser);
            browser.go("/cohorts/new");
            browser.find("#name").sendKeys("March 2026 new hires");
            new Select(browser.find("#program")).selectByValue("starter-program");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-03-02'",
                    browser.find("#startDate"));
            new Select(browser.find("#trainerId")).selectByVisibleText("Li Jing 李静");
            browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
            browser.submit("#create-cohort");

            assertThat(browser.find("#cohort-name").getText()).isEqualTo("March 2026 new hires");
            String cohortPage = browser.path();
            List<WebElement> usernames = browser.findAll("#import-created .created-username");
            List<WebElement> passwords = browser.findAll("#import-created .temporary-password");
            assertThat(usernames).extracting(WebElement::getText).containsExactly("n7001", "n7002");
            String temporary = passwords.get(0).getText();
            assertThat(browser.find("#cohort-board").getText()).contains("Chen Xin 陈欣").contains("Ma Li 马丽");

            browser.signOut();
            browser.signIn("n7001", temporary);
            browser.find("#currentPassword").sendKeys(temporary);
            browser.find("#newPassword").sendKeys(NEW_PASSWORD);
            browser.find("#confirmPassword").sendKeys(NEW_PASSWORD);
            browser.submit("form[action='/account/password'] button[type=submit]");
            english(browser);
            browser.go("/");
            assertThat(browser.find(".this-week").getText()).contains("Week 2").contains("One earlier week is still open");

            read(browser, "welcome");
            read(browser, "products");
            passQuickQuiz(browser);

            browser.go("/");
            String thisWeek = browser.find(".this-week").getText();
            assertThat(thisWeek).contains("Week 2: Second week").contains("Your first calls").contains("On track")
                    .doesNotContain("earlier week");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("onboarding-this-week");
            browser.go("/onboarding");
            assertThat(browser.find(".member-schedule").getText()).contains("Week 1: First week").contains("Done");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();

            browser.signOut();
            browser.signIn("trainer", "demo-academy-2026");
            english(browser);
            browser.go(cohortPage);
            String chen = rowOf(browser, "Chen Xin");
            String ma = rowOf(browser, "Ma Li");
            assertThat(chen).contains("3 of 6 done").contains("On track").contains("100% (1 attempt)")
                    .doesNotContain("At risk");
            assertThat(ma).contains("0 of 6 done").contains("4 working days behind").contains("At risk")
                    .contains("4 working days behind schedule").contains("no reading or exam for 9 working days");
            assertThat(browser.find("#at-risk-count").getText()).isEqualTo("1 of 2");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.width(1400);
            browser.screenshot("cohort-board");
        }
    }

    private static void english(Browser browser) {
        browser.go("/login");
        browser.submit("button[value='en']");
    }

    private static void read(Browser browser, String module) {
        browser.go("/courses/starter/modules/" + module);
        browser.submit("#mark-complete");
        assertThat(browser.find("#completed").getText()).isEqualTo("Done");
    }

    private static void passQuickQuiz(Browser browser) {
        browser.go("/exams/quick-auto");
        browser.submit("#start-exam");
        for (int position = 1; position <= 6; position++) {
            answerRightly(browser);
            browser.submit("#next-question");
        }
        browser.submit("#submit-attempt");
        assertThat(browser.find("#result-summary").getText()).contains("100").contains("Passed");
    }

    private static String rowOf(Browser browser, String name) {
        return browser.findAll("#cohort-board tbody tr").stream().map(WebElement::getText)
                .filter(text -> text.contains(name)).findFirst().orElseThrow();
    }

    /** Answers the question on the page with the fixture bank's right answer. */
    private static void answerRightly(Browser browser) {
        String text = browser.find("#question-text").getText();
        if (text.contains("colour")) {
            browser.find("input[name=answer][value='0']").click();
        }
        else if (text.contains("Which does the phone have")) {
            browser.find("input[name=answer][value='0']").click();
            browser.find("input[name=answer][value='1']").click();
        }
        else if (text.contains("water resistant")) {
            browser.find("#choice-true").click();
        }
        else if (text.contains("brand")) {
            browser.find("#typed-answer").sendKeys("Lumen");
        }
        else if (text.contains("mAh")) {
            browser.find("#typed-answer").sendKeys("5000");
        }
        else {
            List<WebElement> selects = browser.findAll("select[name^=match-]");
            for (int item = 0; item < selects.size(); item++) {
                new Select(selects.get(item)).selectByValue(String.valueOf(item));
            }
        }
    }
}

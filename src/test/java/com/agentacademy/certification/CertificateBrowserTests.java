package com.agentacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.exam.ExamFixtures;
import com.agentacademy.support.Browser;

/**
 * An agent passes a short exam in the browser, finds the certificate under "My certificates",
 * downloads its PDF, and opens its verification link signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.content.import-on-startup=true",
        "spring.datasource.url=jdbc:h2:mem:certificate-browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class CertificateBrowserTests {

    static final Path ROOT = writeContent();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> ROOT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> ROOT.resolve("courses").toString());
    }

    @LocalServerPort
    int port;

    @Test
    void anAgentPassesDownloadsTheCertificateAndItsLinkVerifiesSignedOut() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("agent4", "demo-academy-2026");
            browser.go("/login");
            browser.submit("button[value='en']");
            browser.go("/exams/quick-auto");
            browser.submit("#start-exam");
            for (int position = 1; position <= 6; position++) {
                answerRightly(browser);
                browser.submit("#next-question");
            }
            assertThat(browser.path()).endsWith("/summary");
            browser.submit("#submit-attempt");
            assertThat(browser.find("#result-summary").getText()).contains("100").contains("Passed");

            browser.go("/certificates");
            assertThat(browser.find("#certificate-list").getText()).contains("Quiz").contains("Valid");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("certificates-mine");
            String pdf = browser.find(".pdf-link").getAttribute("href");
            Object head = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer())
                        .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))));
                    """, pdf);
            assertThat(head).isEqualTo("%PDF-");
            String link = browser.find(".share-link").getAttribute("href");

            browser.signOut();
            browser.driver().get(link);
            assertThat(browser.find("#verify-status").getText()).isEqualTo("Valid");
            assertThat(browser.find("#verify-holder").getText()).contains("*");
            assertThat(browser.find("#verify-result").getText()).contains("Quiz");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("verify");

            browser.signIn("hr", "demo-academy-2026");
            browser.go("/certifications");
            assertThat(browser.find("#certification-matrix").getText()).contains("Currently certified").contains("Valid");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("certification-matrix");
        }
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

    private static Path writeContent() {
        try {
            Path root = Files.createTempDirectory("academy-certificate-browser");
            Files.createDirectories(root.resolve("courses"));
            Path exams = ExamFixtures.write(root);
            Path quick = Files.createDirectories(exams.resolve("quick-auto"));
            Files.writeString(quick.resolve("exam.yml"), Files.readString(exams.resolve("quiz-auto/exam.yml"))
                    .replace("Quiz quiz-auto", "Quick quiz").replace("  - category: writing\n    count: 1\n", ""));
            Files.copy(exams.resolve("quiz-auto/bank.gift"), quick.resolve("bank.gift"));
            return root;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

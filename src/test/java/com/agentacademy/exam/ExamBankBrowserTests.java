package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.agentacademy.support.Browser;

/**
 * A trainer imports a .gift file into a bank (a file over the limit is refused before it is sent),
 * rewords the new question in the editor and finds it in the question list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExamBankBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aTrainerImportsAQuestionAndRewordsIt() throws IOException {
        Path tooLarge = Files.createTempFile("too-large", ".gift");
        try (var file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(6 * 1024 * 1024);
        }
        Path gift = Files.createTempFile("hotline", ".gift");
        Files.writeString(gift, "$CATEGORY: products/basics\n\n::Hotline hours::The service hotline answers every day. {T}\n");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("trainer", "demo-academy-2026");
            browser.go("/exams/banks/product-basics-en");

            browser.find("#gift-file").sendKeys(tooLarge.toString());
            assertThat(validationMessage(browser, "#gift-file")).startsWith("This file is larger than 5 MB.");

            browser.find("#gift-file").sendKeys(gift.toString());
            assertThat(validationMessage(browser, "#gift-file")).isEmpty();
            browser.submit("#import-form button[type=submit]");
            assertThat(browser.find("#import-report").getText()).startsWith("Imported " + gift.getFileName() + ": 1 added");
            browser.screenshot("question-bank");

            browser.go(browser.findAll("#question-list a").stream()
                    .filter(link -> link.getText().equals("name:Hotline hours")).findFirst().orElseThrow()
                    .getDomAttribute("href"));
            browser.find("#gift").clear();
            browser.find("#gift").sendKeys("$CATEGORY: products/basics\n\n::Hotline hours::The hotline answers from 8:00 to 22:00. {T}");
            browser.submit("#question-form button[type=submit]");

            assertThat(browser.text()).contains("Saved as a new revision.").contains("Text of revision 2");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("question-editor");
        }
    }

    private static String validationMessage(Browser browser, String css) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].validationMessage",
                browser.find(css));
    }
}

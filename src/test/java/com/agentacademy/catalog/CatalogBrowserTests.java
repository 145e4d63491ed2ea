package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.agentacademy.support.Browser;

/**
 * A trainer writes a module with a table and an image and publishes it in English and Chinese; an
 * agent finds it by search, reads it in Chinese and marks it complete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogBrowserTests {

    static final String PASSWORD = "demo-academy-2026";

    @LocalServerPort
    int port;

    @Test
    void aTrainerPublishesAModuleAndAnAgentFindsReadsAndCompletesItInChinese() throws IOException {
        Path image = Files.createTempFile("night-mode", ".png");
        Files.write(image, TinyPng.BYTES);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("trainer", PASSWORD);
            browser.go("/authoring/courses/new");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.find("#slug").sendKeys("camera-night-shots");
            browser.find("#titleEn").sendKeys("Night shots");
            browser.find("#titleZh").sendKeys("夜景拍摄");
            browser.find("#summaryEn").sendKeys("Helping callers with night photos.");
            browser.submit("main form button[type=submit]");
            assertThat(browser.path()).isEqualTo("/authoring/courses/camera-night-shots");

            browser.find("#image-file").sendKeys(image.toString());
            browser.submit("#images ~ form button[type=submit]");
            String imageMarkdown = browser.find("#uploaded-image code").getText();
            assertThat(imageMarkdown).startsWith("![](images/").endsWith(".png)");

            browser.find("#module-slug").sendKeys("purple-fringing");
            browser.find("#module-title").sendKeys("Purple fringing at night");
            browser.submit("#module-slug ~ button, form[action$='/modules'] button[type=submit]");
            assertThat(browser.path()).startsWith("/authoring/modules/");
            String editor = browser.path().replaceAll("\\?.*", "");
            browser.find("#minutes").clear();
            browser.find("#minutes").sendKeys("7");
            type(browser, "#markdown", "## When it happens\n\n| mode | ISO |\n| --- | --- |\n| Super Night | auto |\n| Pro | 400 |\n\n"
                    + imageMarkdown.replace("![]", "![Pro mode]") + "\n");
            browser.waitUntil(driver -> !browser.findAll("#editor-preview table").isEmpty());
            browser.screenshot("editor");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.submit("button[value=publish]");
            assertThat(browser.text()).contains("Published.");

            browser.go(editor + "?lang=zh-CN");
            browser.find("#title").sendKeys("夜间紫边");
            browser.find("#minutes").clear();
            browser.find("#minutes").sendKeys("7");
            type(browser, "#markdown", "## 何时出现\n\n| 模式 | ISO |\n| --- | --- |\n| 超级夜景 | 自动 |\n| 专业模式 | 400 |\n\n"
                    + imageMarkdown.replace("![]", "![专业模式]") + "\n\n夜景照片出现紫边时，引导用户切换到专业模式。\n");
            browser.submit("button[value=publish]");
            assertThat(browser.text()).contains("Published.");

            browser.signOut().signIn("agent", PASSWORD);
            browser.go("/courses");
            browser.submit("button[value='zh-CN']");
            browser.go("/search?q=" + java.net.URLEncoder.encode("夜间紫边", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("search-zh");
            WebElement hit = browser.find(".search-results a");
            assertThat(hit.getText()).isEqualTo("夜间紫边");
            hit.click();
            browser.waitUntil(driver -> browser.find("h1").getText().equals("夜间紫边"));

            assertThat(browser.findAll(".module-content table td")).extracting(WebElement::getText).contains("专业模式");
            WebElement picture = browser.find(".module-content img");
            Object loadedWidth = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : -1", picture);
            assertThat(((Number) loadedWidth).intValue()).isEqualTo(1);
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("module-zh");

            browser.submit("#mark-complete");
            assertThat(browser.find("#completed").getText()).isEqualTo("已完成");
            browser.go("/courses/camera-night-shots");
            assertThat(browser.text()).contains("已完成 1/1 个单元");
            browser.go("/courses");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("catalog-zh");
        }
        finally {
            Files.deleteIfExists(image);
        }
    }

    @Test
    void aKnowledgeCheckInAModuleAnswersAtOnce() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("agent2", PASSWORD);
            browser.go("/courses/service-manual/modules/issue-grading");
            WebElement question = browser.findAll(".kc-question[data-kind=multichoice]").get(0);
            WebElement right = question.findElements(org.openqa.selenium.By.cssSelector("input[data-fraction='1.0']")).get(0);
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", right);
            right.click();
            question.findElement(org.openqa.selenium.By.cssSelector(".kc-check")).click();

            assertThat(question.findElement(org.openqa.selenium.By.cssSelector(".kc-feedback")).getText()).startsWith("Correct.");
            assertThat(browser.findAll(".module-content table")).isNotEmpty();
            assertThat(browser.findAll(".module-content .callout")).isNotEmpty();
            browser.screenshot("module-knowledge-check");
        }
    }

    private static void type(Browser browser, String css, String text) {
        WebElement area = browser.find(css);
        area.clear();
        area.sendKeys(text);
    }
}

package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.agentacademy.support.Browser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTests {

    static final String DEMO_PASSWORD = "demo-academy-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.width(1280).go("/login").signOut();
    }

    @ParameterizedTest
    @CsvSource({ "admin, home-admin, Administration", "hr, home-hr, HR workspace",
            "trainer, home-trainer, Trainer workspace", "qa, home-qa, QA specialist workspace",
            "supervisor, home-supervisor, Supervisor workspace", "agent, home-agent, Agent workspace" })
    void eachDemoRoleSignsInAndSeesItsOwnHome(String username, String panel, String heading) {
        browser.signIn(username, DEMO_PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        // other journeys may have left this person reading Chinese
        browser.submit("button[value='en']");

        assertThat(browser.find("#" + panel).getText()).contains(heading);
        boolean managesPeople = username.equals("admin") || username.equals("hr");
        assertThat(browser.findAll("nav a[href='/people']")).hasSize(managesPeople ? 1 : 0);
        assertThat(browser.findAll("[id^=home-]")).allSatisfy(element ->
                assertThat(element.getAttribute("id")).isIn(username.equals("qa")
                        ? new String[] { "home-qa", "home-agent" } : new String[] { panel }));
        browser.screenshot("home-" + username);
    }

    @Test
    void fiveWrongPasswordsLockTheSignInAndThePageSaysSo() {
        for (int i = 0; i < 5; i++) {
            browser.signIn("agent4", "a wrong password " + i);
        }
        assertThat(browser.text()).contains("locked for 15 minutes");

        browser.signIn("agent4", DEMO_PASSWORD);

        assertThat(browser.path()).startsWith("/login?locked");
        assertThat(browser.text()).contains("locked for 15 minutes");
        browser.screenshot("login-locked");
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    @Test
    void theLanguageSwitchTranslatesThePageAndIsRememberedAtTheNextSignIn() {
        browser.signIn("supervisor2", DEMO_PASSWORD);
        assertThat(browser.find("h1").getText()).startsWith("Welcome");

        browser.submit("button[value='zh-CN']");

        assertThat(browser.find("h1").getText()).startsWith("欢迎");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.text()).contains("主管工作台");
        browser.screenshot("home-supervisor-zh");

        browser.signOut().signIn("supervisor2", DEMO_PASSWORD);

        assertThat(browser.find("h1").getText()).startsWith("欢迎");
        browser.submit("button[value='en']");
        assertThat(browser.find("h1").getText()).startsWith("Welcome");
    }

    @Test
    void theSignInPageWorksAtAPhonesWidth() {
        browser.width(390).go("/login");

        assertThat(browser.find("#username").isDisplayed()).isTrue();
        assertThat(browser.text()).contains("Demo mode");
        browser.screenshot("login-phone");
        browser.signIn("hr", DEMO_PASSWORD);
        browser.find(".navbar-toggler").click();
        browser.waitUntil(driver -> browser.find("#manage-menu").isDisplayed());
        browser.find("#manage-menu").click();
        browser.waitUntil(driver -> browser.find("nav a[href='/people']").isDisplayed());
        browser.screenshot("home-hr-phone-menu");
    }
}

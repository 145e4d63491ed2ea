package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.agentacademy.support.Browser;

/** A new production installation in a real browser: the first administrator, then the usual sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "academy.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:setup-browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SetupBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theFirstVisitorCreatesTheAdministratorAndThePageIsGoneAfterwards() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            assertThat(browser.path()).isEqualTo("/setup");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("setup");

            browser.find("#displayName").sendKeys("Operations Admin 运维管理员");
            browser.find("#username").sendKeys("ops");
            browser.find("#employeeNumber").sendKeys("OPS-1");
            browser.find("#email").sendKeys("ops@example.test");
            String password = "运维管理员的第一个密码很长";
            browser.find("#newPassword").sendKeys(password);
            browser.find("#confirmPassword").sendKeys(password);
            browser.submit("main form button[type=submit]");

            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.text()).contains("The administrator was created").doesNotContain("Demo mode");
            browser.signIn("ops", password);
            assertThat(browser.find("#home-admin").getText()).contains("Administration");
            browser.go("/setup");
            assertThat(browser.text()).contains("Page not found");
        }
    }
}

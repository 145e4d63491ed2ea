package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.agentacademy.support.Browser;

/** Every page of the application has no serious or critical axe-core violation, in both languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    @LocalServerPort
    int port;

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

    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource({
            "-, /login, en", "-, /login?error, zh-CN", "-, /login?locked, en",
            "agent, /, en", "agent, /, zh-CN", "agent, /account, en", "agent, /account/password, en",
            "agent, /no-such-page, en", "agent, /people, en",
            "qa, /, en", "trainer, /, en", "supervisor, /, zh-CN",
            "hr, /, en", "hr, /people, en", "hr, /people, zh-CN", "hr, /people/new, en", "hr, /people/6, en",
            "hr, /people/import, en", "hr, /teams, en", "admin, /, en", "admin, /people?q=a, zh-CN",
            "agent, /courses, en", "agent, /courses, zh-CN", "agent, /courses/handset-products, en",
            "agent, /courses/handset-products/modules/cameras, en", "agent, /courses/handset-products/modules/cameras, zh-CN",
            "agent, /courses/service-manual/modules/issue-grading, en", "agent, /search?q=hinge, en",
            "agent, /search?q=铰链, zh-CN", "agent, /feedback, en",
            "trainer, /authoring, en", "trainer, /authoring/courses/handset-products, en", "trainer, /authoring/import, en",
            "trainer, /authoring/feedback, zh-CN", "trainer, /authoring/courses/new, en",
            "trainer, /authoring/modules/1?lang=en, en", "trainer, /authoring/modules/1/history?lang=en, en",
            "trainer, /exams/banks, en", "qa, /exams/banks, zh-CN", "trainer, /exams/banks/go-live-zh, zh-CN",
            "agent2, /exams, en", "agent2, /exams, zh-CN", "agent2, /exams/go-live-en, en", "agent2, /exams/go-live-zh, zh-CN",
            "qa, /grading, en", "trainer, /grading, zh-CN", "trainer, /accommodations, en", "hr, /accommodations, zh-CN",
            "trainer, /exams/banks/complaint-handling-en, en", "trainer, /exams/banks/complaint-handling-en/questions/1, en",
            "trainer, /exams/banks/complaint-handling-en/questions/1, zh-CN", "qa, /exams/banks/complaint-handling-en/questions/1, en",
            "trainer, /exams/banks/go-live-en/settings, en", "trainer, /exams/banks/go-live-zh/settings, zh-CN",
            "qa, /exams/banks/go-live-en/settings, en", "trainer, /exams/banks/complaint-handling-en/questions/1/regrade, en",
            "agent, /certificates, en", "agent, /certificates, zh-CN", "agent, /notifications, zh-CN", "-, /verify, en",
            "-, /verify/NOSUCHCODE, zh-CN", "hr, /certifications, en", "hr, /certifications, zh-CN",
            "hr, /certifications/people/6, en",
            "trainer, /programs, en", "hr, /programs, zh-CN", "trainer, /programs/new-hire-onboarding, en",
            "hr, /programs/new-hire-onboarding, zh-CN", "trainer, /programs/new-hire-onboarding/edit, en",
            "trainer, /programs/new-hire-onboarding/edit, zh-CN", "trainer, /programs/new-hire-onboarding/history, en",
            "trainer, /programs/new-hire-onboarding/history/1, zh-CN", "hr, /cohorts, en", "trainer, /cohorts, zh-CN",
            "hr, /cohorts/new, en", "hr, /cohorts/new, zh-CN", "trainer, /cohorts/1, en", "trainer, /cohorts/1, zh-CN",
            "trainer, /cohorts/1/members/6, en", "agent, /onboarding, en", "agent, /onboarding, zh-CN",
            "agent2, /onboarding, en", "agent4, /, zh-CN",
            "agent, /career, en", "agent, /career, zh-CN", "supervisor, /career/eligibility?all=true, en",
            "hr, /career/eligibility?all=true, zh-CN", "supervisor, /career/applications, en", "hr, /career/pipeline, en",
            "hr, /career/pipeline, zh-CN", "hr, /career/ladder, en", "admin, /career/ladder/senior-agent, en",
            "hr, /career/ladder/qa-specialist, zh-CN", "supervisor, /career/people/6, en",
            "agent, /kpis, en", "agent, /kpis, zh-CN", "supervisor, /kpis/team, en",
            "supervisor, /kpis/people/6, en", "supervisor, /kpis/people/6?month=2026-01, zh-CN", "hr, /kpis/team, zh-CN",
            "hr, /kpis/import, en", "hr, /reports/dashboard, en", "trainer, /reports/dashboard, zh-CN", "hr, /kpis/import, zh-CN", "agent4, /kpis, en",
            "trainer, /reports/exams, en", "qa, /reports/exams, zh-CN",
            "trainer, /reports/exams/go-live-en, en", "qa, /reports/exams/go-live-zh, zh-CN", "admin, /audit, en",
            "admin, /audit?from=2020-01-01, zh-CN" })
    void pageHasNoSeriousAccessibilityProblem(String username, String path, String language) {
        browser.signOut();
        if (!username.equals("-")) {
            browser.signIn(username, "demo-academy-2026");
        }
        browser.go("/login");
        browser.submit("button[value='" + language + "']");

        browser.go(path);

        boolean meantToFail = path.equals("/no-such-page") || (username.equals("agent") && path.equals("/people"));
        if (!meantToFail) {
            assertThat(browser.driver().getTitle()).as(path)
                    .isNotIn("Something went wrong", "出错了", "Page not found", "页面不存在", "Not allowed", "无权访问");
        }
        assertThat(browser.seriousAccessibilityProblems()).as(path).isEmpty();
    }
}

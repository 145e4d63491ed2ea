package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.agentacademy.support.SiteClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPageTests.FailingPage.class)
class ErrorPageTests {

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void signIn() throws Exception {
        site = new SiteClient(port);
        site.signIn("agent", "demo-academy-2026");
        // other tests share this database and may have left the agent's chosen language on Chinese
        site.post("/language", "lang=en&back=/", site.get("/").body());
    }

    @Test
    void aMissingPageSaysSoInTheVisitorsLanguage() throws Exception {
        // agent5 never chooses a language in the tests that share this database, so the browser's language decides
        var english = site.get("/no-such-page");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found").contains("Sign out");

        var chineseBrowser = new SiteClient(port);
        chineseBrowser.signIn("agent5", "demo-academy-2026");
        var chinese = chineseBrowser.get("/no-such-page", "zh-CN");
        assertThat(chinese.body()).contains("页面不存在").contains("退出登录");
    }

    @Test
    void aForbiddenPageSaysSoWithoutDetails() throws Exception {
        var response = site.get("/people");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed");
    }

    @Test
    void aFailureShowsAGenericPageWithoutStackTraceOrSecurityHeadersMissing() throws Exception {
        var response = site.get("/test-only/failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong")
                .doesNotContain("IllegalStateException")
                .doesNotContain("secret detail")
                .doesNotContain("at com.agentacademy");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }

    @TestConfiguration
    static class FailingPage {

        @RestController
        static class Failing {

            @GetMapping("/test-only/failure")
            String fail() {
                throw new IllegalStateException("secret detail");
            }
        }
    }
}

package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.exam.ExamFixtures;
import com.agentacademy.support.DatabaseProxy;
import com.agentacademy.support.RealDatabase;
import com.agentacademy.support.SiteClient;

/**
 * The database goes away under a running application (real-database suite): a proxy between the
 * two drops every connection. Pages, the sign-in and autosave answer a plain 503 page in the
 * visitor's language with the security headers; readiness is DOWN and liveness UP; when the
 * database is back the same pages answer again without a restart, and a submit that the outage cut
 * half-way left nothing behind.
 */
@EnabledIfSystemProperty(named = "db.url", matches = "jdbc:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

    static final String PASSWORD = "demo-academy-2026";
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    static DatabaseProxy proxy;
    static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = RealDatabase.fresh("outage");
        proxy = new DatabaseProxy(RealDatabase.host(), RealDatabase.port());
        RealDatabase.use(registry, RealDatabase.throughPort(url, proxy.port()));
        Path content = ExamFixtures.contentFolder("outage");
        registry.add("academy.content.exams-dir", () -> content.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> content.resolve("courses").toString());
    }

    @LocalServerPort
    int port;

    @AfterEach
    void giveTheDatabaseBack() {
        proxy.restore();
    }

    @Test
    void whileTheDatabaseIsGonePagesSayBrieflyUnavailableAndComeBackWithoutARestart() throws Exception {
        SiteClient english = signedIn("agent", "en");
        SiteClient chinese = signedIn("agent2", "zh-CN");
        String attempt = start(english);
        String questionPage = english.get("/attempts/" + attempt + "/questions/1").body();
        SiteClient visitor = new SiteClient(port);
        String loginPage = visitor.get("/login").body();

        proxy.cut();

        assertUnavailable(english.get("/"), "The academy is briefly unavailable");
        assertUnavailable(chinese.get("/", "zh-CN"), "系统暂时无法使用");
        assertUnavailable(english.post("/attempts/" + attempt + "/answers/1", "answer=0&sequence=1", questionPage),
                "The academy is briefly unavailable");
        assertUnavailable(visitor.post("/login", "username=agent3&password=" + PASSWORD, loginPage),
                "The academy is briefly unavailable");
        // a load balancer's probe, which carries no session cookie
        SiteClient probe = new SiteClient(port);
        HttpResponse<String> readiness = probe.getJson("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        HttpResponse<String> liveness = probe.getJson("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        proxy.restore();

        Duration recovered = untilAnswered(english, "/");
        System.out.printf("Pages answered again %d ms after the database came back%n", recovered.toMillis());
        assertThat(english.get("/").body()).contains("Sign out");
        assertThat(chinese.get("/", "zh-CN").body()).contains("退出登录");
        assertThat(english.post("/attempts/" + attempt + "/answers/1", "answer=0&sequence=2", questionPage).body())
                .contains("\"status\":\"saved\"");
        assertThat(new SiteClient(port).signIn("agent3", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(probe.getJson("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aSubmitCutHalfWayLeavesNothingBehindAndGoesThroughOnceTheDatabaseIsBack() throws Exception {
        SiteClient site = signedIn("agent4", "en");
        String attempt = start(site);
        String page = site.get("/attempts/" + attempt + "/questions/1").body();
        for (int position = 1; position <= 7; position++) {
            assertThat(site.post("/attempts/" + attempt + "/answers/" + position, "answer=0&sequence=" + position, page)
                    .body()).contains("\"status\":\"saved\"");
        }
        String summary = site.get("/attempts/" + attempt + "/summary").body();

        // the submit closes the attempt and scores the questions one row at a time, in one transaction:
        // the database goes away as the third score is being written
        proxy.cutOnStatement("UPDATE attempt_question SET score", 3);
        HttpResponse<String> submitted = site.post("/attempts/" + attempt + "/submit", "", summary);

        assertThat(proxy.isCut()).isTrue();
        assertUnavailable(submitted, "The academy is briefly unavailable");
        proxy.restore();
        assertThat(stored(attempt)).isEqualTo(new Stored("IN_PROGRESS", 0, 7));

        untilAnswered(site, "/attempts/" + attempt + "/summary");
        HttpResponse<String> again = site.post("/attempts/" + attempt + "/submit", "",
                site.get("/attempts/" + attempt + "/summary").body());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(stored(attempt)).isEqualTo(new Stored("FINISHED", 6, 7));
    }

    private SiteClient signedIn(String username, String language) throws Exception {
        SiteClient site = new SiteClient(port);
        site.signIn(username, PASSWORD);
        site.post("/language", "lang=" + language + "&back=/", site.get("/").body());
        return site;
    }

    private static String start(SiteClient site) throws Exception {
        HttpResponse<String> started = site.post("/exams/quiz-auto/start", "", site.get("/exams/quiz-auto").body());
        return started.headers().firstValue("Location").orElseThrow().replaceAll(".*/attempts/(\\d+)/.*", "$1");
    }

    private static void assertUnavailable(HttpResponse<String> response, String title) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains(title).doesNotContainIgnoringCase("exception").doesNotContain("SQL")
                .doesNotContain("jdbc").doesNotContain("at com.");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(response.body()).select("link[rel=stylesheet]").eachAttr("href"))
                .as("stylesheets by their content's name, as on every page").anyMatch(href -> href.matches("/css/academy-\\w+\\.css"));
    }

    /** How long until the page answers 200 again; fails past {@link #RECOVERY_LIMIT}. */
    private static Duration untilAnswered(SiteClient site, String path) throws Exception {
        long started = System.nanoTime();
        while (site.get(path).statusCode() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(RECOVERY_LIMIT);
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    record Stored(String status, int scored, int answers) {
    }

    /** The attempt as the database holds it, read past the proxy. */
    private static Stored stored(String attempt) throws SQLException {
        try (Connection connection = RealDatabase.connect(url);
                ResultSet row = connection.createStatement().executeQuery("""
                        SELECT status,
                            (SELECT COUNT(*) FROM attempt_question q WHERE q.attempt_id = a.id AND q.score IS NOT NULL),
                            (SELECT COUNT(*) FROM attempt_answer w WHERE w.attempt_id = a.id)
                        FROM exam_attempt a WHERE id = """ + Long.parseLong(attempt))) {
            assertThat(row.next()).isTrue();
            return new Stored(row.getString(1), row.getInt(2), row.getInt(3));
        }
    }
}

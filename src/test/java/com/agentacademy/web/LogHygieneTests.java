package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.exam.ExamFixtures;
import com.agentacademy.support.SiteClient;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * With every logger at DEBUG, and Spring Security, Spring's web layer, Hibernate's SQL and its
 * parameter binding at TRACE, a whole journey over real HTTP — sign-ins right and wrong, a password
 * change, HR creating a person with phone and ID numbers, that person's account page, a new-hire
 * file with both columns, an exam started, autosaved and submitted — leaves no password, session
 * cookie, session id, phone number or ID number in any log line, message, key-value pair or stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "academy.content.import-on-startup=true",
                "spring.datasource.url=jdbc:h2:mem:log-hygiene;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "logging.level.root=DEBUG", "logging.level.org.springframework.security=TRACE",
                "logging.level.org.springframework.web=TRACE", "logging.level.org.hibernate.SQL=TRACE",
                "logging.level.org.hibernate.orm.jdbc.bind=TRACE", "logging.level.academy.requests=DEBUG" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class LogHygieneTests {

    static final String DEMO_PASSWORD = "demo-academy-2026";
    static final String WRONG_PASSWORD = "Wrong-Zebra-Password-417";
    static final String NEW_PASSWORD = "Quiet-Harbour-Lantern-93";
    static final String PHONE = "13712345678";
    static final String PHONE_TYPED = "137 1234 5678";
    static final String NATIONAL_ID = "31011519850615045" + "2";
    static final String CSV_PHONE = "+8613698765432";
    static final String CSV_NATIONAL_ID = "11010519491231002X";
    static final Path CONTENT = ExamFixtures.contentFolder("log-hygiene");
    static final Pattern TEMPORARY = Pattern.compile("temporary-password\">([^<]+)<");
    static final Pattern ATTEMPT = Pattern.compile("/attempts/(\\d+)/");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> CONTENT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> CONTENT.resolve("courses").toString());
    }

    /** Every event as text: message, key-value pairs, MDC, logger and stack trace. */
    static final class Capture extends AppenderBase<ILoggingEvent> {

        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            if (event.getKeyValuePairs() != null) {
                event.getKeyValuePairs().forEach(pair -> line.append(' ').append(pair.key).append('=').append(pair.value));
            }
            event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            lines.add(line.toString());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final Capture capture = new Capture();
    final Set<String> secrets = new LinkedHashSet<>();

    @BeforeAll
    void capture() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        capture.setContext(root.getLoggerContext());
        capture.start();
        root.addAppender(capture);
    }

    @AfterAll
    void quietAgain() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(capture);
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        for (String name : List.of("org.springframework.security", "org.springframework.web", "org.hibernate.SQL",
                "org.hibernate.orm.jdbc.bind", "academy.requests")) {
            logging.setLogLevel(name, null);
        }
    }

    @Test
    void aWholeJourneyLeavesNoSecretInTheLogs() throws Exception {
        secrets.addAll(List.of(DEMO_PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, PHONE, NATIONAL_ID, CSV_PHONE,
                CSV_NATIONAL_ID, "13698765432", "12345678"));
        int before = capture.lines.size();

        var stranger = new SiteClient(port);
        assertThat(stranger.signIn("agent2", WRONG_PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/login?error");

        var hr = new SiteClient(port);
        remember(hr.signIn("hr", DEMO_PASSWORD));
        String form = hr.get("/people/new").body();
        var created = hr.post("/people", "username=log.hygiene&employeeNumber=LH001&displayName=Log+Hygiene"
                + "&email=lh%40example.test&roles=AGENT&phone=" + encode(PHONE_TYPED) + "&nationalId=" + NATIONAL_ID, form);
        String handover = hr.get(created.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        String temporary = first(TEMPORARY, handover);
        secrets.add(temporary);
        String csv = "name,employee_number,email,team,roles,phone,national_id\n"
                + "Csv Hire,LH002,csv@example.test,,AGENT," + CSV_PHONE + "," + CSV_NATIONAL_ID + "\n";
        String importPage = hr.get("/people/import").body();
        var imported = hr.postFile("/people/import", Map.of("_csrf", SiteClient.csrfToken(importPage)), "hires.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(302);
        String importedPage = hr.get("/people/import").body();
        secrets.add(first(TEMPORARY, importedPage)); // the CSV hire's, shown once

        var newcomer = new SiteClient(port);
        remember(newcomer.signIn("log.hygiene", temporary));
        String passwordPage = newcomer.get("/account/password").body();
        remember(newcomer.post("/account/password", "currentPassword=" + encode(temporary) + "&newPassword="
                + encode(NEW_PASSWORD) + "&confirmPassword="
                + encode(NEW_PASSWORD), passwordPage));
        String account = newcomer.get("/account").body();
        assertThat(account).contains(PHONE).contains("**************0452");

        var agent = new SiteClient(port);
        remember(agent.signIn("agent", DEMO_PASSWORD));
        String startPage = agent.get("/exams/quiz-auto").body();
        var started = agent.post("/exams/quiz-auto/start", "", startPage);
        String attempt = first(ATTEMPT, started.headers().firstValue("Location").orElseThrow());
        String question = agent.get("/attempts/" + attempt + "/questions/1").body();
        assertThat(agent.post("/attempts/" + attempt + "/answers/1", "answer=0&sequence=1", question).statusCode())
                .isEqualTo(200);
        assertThat(agent.post("/attempts/" + attempt + "/submit", "", question).statusCode()).isEqualTo(302);

        jdbc.sql("SELECT SESSION_ID FROM SPRING_SESSION").query(String.class).list().forEach(secrets::add);
        List<String> journey = List.copyOf(capture.lines.subList(before, capture.lines.size()));
        assertThat(journey).as("the journey was logged at all").hasSizeGreaterThan(500);
        assertThat(journey).anySatisfy(line -> assertThat(line).contains("POST /people/import 302"));
        assertThat(journey).as("the question page has its request line").anySatisfy(line -> assertThat(line)
                .startsWith("academy.requests GET /attempts/" + attempt + "/questions/1 200 "));
        assertThat(journey).as("an autosave that went well has none").noneSatisfy(line -> assertThat(line)
                .startsWith("academy.requests POST /attempts/" + attempt + "/answers/1 "));
        Map<String, List<String>> leaks = new java.util.TreeMap<>();
        for (String secret : secrets) {
            List<String> holding = journey.stream().filter(line -> line.contains(secret)).toList();
            if (!holding.isEmpty()) {
                leaks.put(secret, holding);
            }
        }
        java.nio.file.Files.writeString(Path.of("target/log-hygiene-leaks.txt"), leaks.entrySet().stream()
                .map(leak -> "== " + leak.getKey() + "\n" + String.join("\n", leak.getValue()))
                .collect(java.util.stream.Collectors.joining("\n")));
        assertThat(leaks.keySet()).as("secrets in the logs (lines in target/log-hygiene-leaks.txt): "
                + leaks.values().stream().map(lines -> lines.get(0).substring(0, Math.min(300, lines.get(0).length())))
                        .toList()).isEmpty();
    }

    @Test
    void aPathWithLineBreaksStaysOneLineOfTheRequestLog() throws Exception {
        int before = capture.lines.size();
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET",
                "/catalog\r\n2026-11-24T01:00:00Z INFO academy.requests GET /audit 200 1ms person=1");

        new RequestLogFilter().doFilter(request, new org.springframework.mock.web.MockHttpServletResponse(),
                new org.springframework.mock.web.MockFilterChain());

        List<String> logged = capture.lines.subList(before, capture.lines.size()).stream()
                .filter(line -> line.startsWith("academy.requests ")).toList();
        assertThat(logged).singleElement().satisfies(line -> assertThat(line)
                .startsWith("academy.requests GET /catalog\u21B52026-11-24T01:00:00Z INFO academy.requests GET /audit")
                .doesNotContain("\r").doesNotContain("\n"));
    }

    /** Keeps the session cookie a response sets, and the session id inside it, as secrets. */
    private void remember(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("set-cookie")) {
            String value = cookie.split(";", 2)[0];
            String content = value.substring(value.indexOf('=') + 1);
            if (!content.isEmpty()) {
                secrets.add(content);
                try {
                    secrets.add(new String(Base64.getDecoder().decode(content), StandardCharsets.UTF_8));
                }
                catch (IllegalArgumentException notBase64) {
                    // the cookie is the id itself
                }
            }
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

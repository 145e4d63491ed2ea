package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.agentacademy.AcademyApplication;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.security.StoredTime;
import com.agentacademy.support.Race;
import com.agentacademy.support.RealDatabase;
import com.agentacademy.support.SiteClient;

/**
 * Two application instances on one database (real-database suite), as the product scales out: a
 * person signed in on one is signed in on the other with the same cookie; an attempt begun on one
 * goes on and is submitted on the other; and both instances' sweepers, run at the same moment,
 * close each overdue attempt exactly once (one result, one certificate, one notice, one audit row).
 */
@EnabledIfSystemProperty(named = "db.url", matches = "jdbc:.+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstanceTests {

    static final String PASSWORD = "demo-academy-2026";

    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstances() throws Exception {
        String url = RealDatabase.fresh("two");
        Path content = ExamFixtures.contentFolder("two-instances");
        ExamFixture.withoutEssay(content.resolve("exams"), "quiz-sweep");
        List<String> arguments = new ArrayList<>(RealDatabase.arguments(url));
        arguments.addAll(List.of("--server.port=0", "--academy.content.exams-dir=" + content.resolve("exams"),
                "--academy.content.courses-dir=" + content.resolve("courses")));
        String[] args = arguments.toArray(String[]::new);
        first = new SpringApplicationBuilder(AcademyApplication.class).run(args);
        second = new SpringApplicationBuilder(AcademyApplication.class).run(args);
    }

    @AfterAll
    void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aPersonSignedInOnOneInstanceIsSignedInOnTheOtherWithTheSameCookie() throws Exception {
        SiteClient onFirst = new SiteClient(port(first));
        onFirst.signIn("agent2", PASSWORD);
        onFirst.post("/language", "lang=en&back=/", onFirst.get("/").body());
        SiteClient onSecond = onFirst.at(port(second));

        HttpResponse<String> home = onSecond.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Zhao Lei").contains("Sign out");
        assertThat(new SiteClient(port(second)).get("/").statusCode()).as("a stranger on the second").isEqualTo(302);
    }

    @Test
    void anAttemptBegunOnOneInstanceIsAnsweredAndSubmittedOnTheOther() throws Exception {
        SiteClient onFirst = new SiteClient(port(first));
        onFirst.signIn("agent", PASSWORD);
        onFirst.post("/language", "lang=en&back=/", onFirst.get("/").body());
        SiteClient onSecond = onFirst.at(port(second));
        HttpResponse<String> started = onFirst.post("/exams/quiz-auto/start", "", onFirst.get("/exams/quiz-auto").body());
        String attempt = started.headers().firstValue("Location").orElseThrow().replaceAll(".*/attempts/(\\d+)/.*", "$1");
        String pageFromFirst = onFirst.get("/attempts/" + attempt + "/questions/1").body();

        for (int position = 1; position <= 3; position++) {
            assertThat(onSecond.post("/attempts/" + attempt + "/answers/" + position,
                    "answer=0&answer=Lumen&sequence=" + (40 + position), pageFromFirst).body())
                    .contains("\"status\":\"saved\"");
        }
        assertThat(onFirst.getJson("/attempts/" + attempt + "/state").body()).contains("\"1\":41").contains("\"2\":42")
                .contains("\"3\":43");
        assertThat(counts(onFirst.get("/attempts/" + attempt + "/summary").body()))
                .isEqualTo(counts(onSecond.get("/attempts/" + attempt + "/summary").body())).contains("of 7 questions answered");

        HttpResponse<String> submitted = onSecond.post("/attempts/" + attempt + "/submit", "",
                onFirst.get("/attempts/" + attempt + "/summary").body());

        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(onFirst.get("/attempts/" + attempt + "/result").statusCode()).isEqualTo(200);
        assertThat(jdbc().sql("SELECT status FROM exam_attempt WHERE id = ?").param(Long.parseLong(attempt))
                .query(String.class).single()).isEqualTo("FINISHED");
    }

    @Test
    void bothSweepersAtOnceCloseEachOverdueAttemptExactlyOnce() throws Exception {
        List<Long> lockedSweep = overdueAttempts("agent", "agent2", "agent3");
        Race.run(() -> {
            sweeper(first).run();
            return true;
        }, () -> {
            sweeper(second).run();
            return true;
        });
        assertClosedOnceWithOneCertificateNoticeAndAuditRow(lockedSweep);

        // the lock aside, two sweeps over the same attempts still close each attempt once
        List<Long> unlockedSweep = overdueAttempts("agent4", "agent5", "qa");
        List<AttemptSweeper.Sweep> sweeps = Race.run(() -> sweeper(first).sweep(), () -> sweeper(second).sweep());
        assertThat(sweeps.get(0).finished() + sweeps.get(1).finished()).isEqualTo(unlockedSweep.size());
        assertClosedOnceWithOneCertificateNoticeAndAuditRow(unlockedSweep);
    }

    /** Attempts at {@code quiz-sweep}, every answer right, whose deadline passed ten minutes ago. */
    private List<Long> overdueAttempts(String... usernames) {
        ExamAttempts attempts = first.getBean(ExamAttempts.class);
        Exam exam = first.getBean(ExamRepository.class).findBySlug("quiz-sweep").orElseThrow();
        List<Long> ids = new ArrayList<>();
        for (String username : usernames) {
            long person = personId(username);
            long id = attempts.start(exam, person).attemptId();
            IntStream.rangeClosed(1, 6).forEach(position -> attempts.save(id, person, position,
                    ExamFixture.rightAnswer(attempts.questionAt(id, position).id()), false, position));
            Instant deadline = Instant.now().minus(Duration.ofMinutes(10));
            jdbc().sql("UPDATE exam_attempt SET started_at = ?, deadline = ? WHERE id = ?")
                    .params(StoredTime.of(deadline.minus(Duration.ofMinutes(30))), StoredTime.of(deadline), id).update();
            ids.add(id);
        }
        return ids;
    }

    private void assertClosedOnceWithOneCertificateNoticeAndAuditRow(List<Long> ids) throws Exception {
        for (long id : ids) {
            assertThat(jdbc().sql("SELECT CONCAT(status, ' ', finished_by, ' ', grading, ' ', passed) FROM exam_attempt "
                    + "WHERE id = ?").param(id).query(String.class).single()).isEqualTo("FINISHED SWEEPER FINAL 1");
            assertThat(count("SELECT COUNT(*) FROM attempt_question WHERE attempt_id = ? AND score = 1", id)).isEqualTo(6);
            assertThat(count("SELECT COUNT(*) FROM certificate WHERE attempt_id = ?", id)).isEqualTo(1);
            long person = jdbc().sql("SELECT person_id FROM exam_attempt WHERE id = ?").param(id).query(Long.class).single();
            assertThat(count("SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = 'CERTIFICATE_ISSUED'", person))
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM audit_event WHERE kind = 'CERTIFICATE_ISSUED' AND details LIKE ?",
                    "%, attempt " + id)).isEqualTo(1);
        }
    }

    private static String counts(String summary) {
        return summary.replaceAll("(?s).*id=\"summary-counts\">([^<]+)<.*", "$1");
    }

    private int count(String sql, Object parameter) {
        return jdbc().sql(sql).param(parameter).query(Integer.class).single();
    }

    private static AttemptSweeper sweeper(ConfigurableApplicationContext instance) {
        return instance.getBean(AttemptSweeper.class);
    }

    private long personId(String username) {
        return ((SignedInPerson) first.getBean(UserDetailsService.class).loadUserByUsername(username)).personId();
    }

    private JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}

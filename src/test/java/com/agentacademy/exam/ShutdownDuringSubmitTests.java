package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.agentacademy.AcademyApplication;
import com.agentacademy.support.DatabaseProxy;
import com.agentacademy.support.RealDatabase;
import com.agentacademy.support.SiteClient;

/**
 * SIGTERM while exams are being submitted (real-database suite): the application runs as a process
 * of its own behind a proxy that holds each score it writes for a moment, six people have saved
 * every answer, four submits go out, the process is told to stop once they are writing scores, and
 * two more submits arrive just after. Afterwards each attempt is either submitted whole (answers,
 * scores, result) or still in progress with every saved answer, never half; the submits caught
 * half-way were finished, because a graceful shutdown lets running requests end; and no submit was
 * answered without going through.
 */
@EnabledIfSystemProperty(named = "db.url", matches = "jdbc:.+")
class ShutdownDuringSubmitTests {

    static final List<String> PEOPLE = List.of("agent", "agent2", "agent3", "agent4", "agent5", "qa");
    static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(30);

    @Test
    void aSubmitCaughtBySigtermIsEitherWholeOrNotDoneAndNoSavedAnswerIsLost() throws Exception {
        String url = RealDatabase.fresh("shutdown");
        int port = freePort();
        DatabaseProxy proxy = new DatabaseProxy(RealDatabase.host(), RealDatabase.port());
        Process app = start(RealDatabase.throughPort(url, proxy.port()), port);
        try {
            awaitReady(port, app);
            Map<String, String> attempts = new LinkedHashMap<>();
            Map<String, SiteClient> sites = new LinkedHashMap<>();
            Map<String, String> summaries = new LinkedHashMap<>();
            for (String person : PEOPLE) {
                SiteClient site = new SiteClient(port);
                site.signIn(person, "demo-academy-2026");
                String attempt = start(site);
                String page = site.get("/attempts/" + attempt + "/questions/1").body();
                for (int position = 1; position <= 7; position++) {
                    assertThat(site.post("/attempts/" + attempt + "/answers/" + position,
                            "answer=0&answer=Lumen&sequence=" + (100 + position), page).body()).contains("\"status\":\"saved\"");
                }
                attempts.put(person, attempt);
                sites.put(person, site);
                summaries.put(person, site.get("/attempts/" + attempt + "/summary").body());
            }

            ExecutorService submitters = Executors.newFixedThreadPool(PEOPLE.size());
            List<Future<Integer>> submits = new ArrayList<>();
            // four submits go out; once they are writing scores SIGTERM follows, and two more submits just after it
            proxy.slowStatement("UPDATE attempt_question SET score", Duration.ofMillis(300));
            int caught = PEOPLE.size() - 2;
            for (String person : PEOPLE) {
                if (submits.size() == caught) {
                    awaitScoring(proxy, caught);
                    app.destroy();
                    Thread.sleep(100);
                }
                submits.add(submitters.submit(() -> submit(sites.get(person), attempts.get(person), summaries.get(person))));
            }
            assertThat(app.waitFor(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("stopped within the limit").isTrue();
            submitters.shutdown();

            int whole = 0;
            int open = 0;
            for (int i = 0; i < PEOPLE.size(); i++) {
                String attempt = attempts.get(PEOPLE.get(i));
                int status = submits.get(i).get(10, TimeUnit.SECONDS);
                Stored stored = stored(url, attempt);
                assertThat(stored.answers()).as("saved answers of attempt " + attempt).isEqualTo(7);
                assertThat(stored.sequences()).as("the last save of every answer").isEqualTo(7 * 100 + 28);
                if (stored.status().equals("FINISHED")) {
                    assertThat(stored.scored()).as("scores of attempt " + attempt).isEqualTo(6);
                    assertThat(stored.hasResult()).as("result of attempt " + attempt).isTrue();
                    whole++;
                }
                else {
                    assertThat(stored.status()).isEqualTo("IN_PROGRESS");
                    assertThat(stored.scored()).as("scores of attempt " + attempt).isZero();
                    assertThat(stored.hasResult()).isFalse();
                    assertThat(status).as("a submit that was answered went through").isNotEqualTo(302);
                    open++;
                }
            }
            assertThat(whole).as("the submits caught writing their scores were finished").isGreaterThanOrEqualTo(caught);
            System.out.printf("SIGTERM during %d submits: %d submitted whole, %d still in progress with every answer%n",
                    PEOPLE.size(), whole, open);
        }
        finally {
            app.destroyForcibly();
            proxy.close();
        }
    }

    /** Until each of the first submits has sent a score: they are half-way, their transactions open. */
    private static void awaitScoring(DatabaseProxy proxy, int submits) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (proxy.slowedStatements() < submits && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(proxy.slowedStatements()).as("scores being written").isGreaterThanOrEqualTo(submits);
    }

    /** The submit's HTTP status, or 0 when the stopping server took no more connections. */
    private static int submit(SiteClient site, String attempt, String summary) {
        try {
            return site.post("/attempts/" + attempt + "/submit", "", summary).statusCode();
        }
        catch (IOException | InterruptedException refused) {
            return 0;
        }
    }

    private static Process start(String url, int port) throws IOException {
        Path content = ExamFixtures.contentFolder("shutdown");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                AcademyApplication.class.getName(), "--server.port=" + port,
                "--academy.content.exams-dir=" + content.resolve("exams"),
                "--academy.content.courses-dir=" + content.resolve("courses")));
        command.addAll(RealDatabase.arguments(url));
        Path log = Files.createDirectories(Path.of("target")).resolve("shutdown-during-submit.log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(int port, Process app) throws Exception {
        long started = System.nanoTime();
        SiteClient probe = new SiteClient(port);
        while (true) {
            assertThat(app.isAlive()).as("the application process is running (see target/shutdown-during-submit.log)")
                    .isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(STARTUP_LIMIT);
            try {
                if (probe.getJson("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
    }

    private static String start(SiteClient site) throws Exception {
        HttpResponse<String> started = site.post("/exams/quiz-auto/start", "", site.get("/exams/quiz-auto").body());
        return started.headers().firstValue("Location").orElseThrow().replaceAll(".*/attempts/(\\d+)/.*", "$1");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Stored(String status, int scored, boolean hasResult, int answers, long sequences) {
    }

    private static Stored stored(String url, String attempt) throws SQLException {
        try (Connection connection = RealDatabase.connect(url);
                ResultSet row = connection.createStatement().executeQuery("""
                        SELECT status,
                            (SELECT COUNT(*) FROM attempt_question q WHERE q.attempt_id = a.id AND q.score IS NOT NULL),
                            score IS NOT NULL AND percent IS NOT NULL,
                            (SELECT COUNT(*) FROM attempt_answer w WHERE w.attempt_id = a.id),
                            (SELECT COALESCE(SUM(sequence), 0) FROM attempt_answer w WHERE w.attempt_id = a.id)
                        FROM exam_attempt a WHERE id = """ + Long.parseLong(attempt))) {
            assertThat(row.next()).isTrue();
            return new Stored(row.getString(1), row.getInt(2), row.getBoolean(3), row.getInt(4), row.getLong(5));
        }
    }
}

package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.agentacademy.AcademyApplication;
import com.agentacademy.support.SiteClient;

/**
 * The server is stopped and started again in the middle of an attempt, on the same database: the
 * answers are all there, the deadline has not moved, and the person carries on in the same session.
 */
class AttemptRestartTests {

    static final Pattern DEADLINE = Pattern.compile("\"deadline\":(\\d+)");
    static final Pattern COUNTS = Pattern.compile("id=\"summary-counts\">([^<]+)<");

    @Test
    void aRestartMidAttemptLosesNoAnswerAndKeepsTheDeadline(@TempDir Path folder) throws Exception {
        Path exams = ExamFixture.write(folder, 30);
        Path courses = Files.createDirectories(folder.resolve("courses"));
        String[] args = { "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("data/academy")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--academy.content.exams-dir=" + exams, "--academy.content.courses-dir=" + courses,
                "--spring.thymeleaf.cache=false" };

        SiteClient site;
        String attempt;
        String stateBefore;
        String countsBefore;
        try (ConfigurableApplicationContext first = start(args)) {
            site = new SiteClient(port(first));
            site.signIn("agent", "demo-academy-2026");
            HttpResponse<String> started = site.post("/exams/quiz-auto/start", "", site.get("/exams/quiz-auto").body());
            attempt = started.headers().firstValue("Location").orElseThrow().replaceAll(".*/attempts/(\\d+)/.*", "$1");
            String page = site.get("/attempts/" + attempt + "/questions/1").body();
            for (int position = 1; position <= 3; position++) {
                HttpResponse<String> saved = site.post("/attempts/" + attempt + "/answers/" + position,
                        "answer=0&answer=Lumen&sequence=" + (100 + position), page);
                assertThat(saved.body()).contains("\"status\":\"saved\"");
            }
            stateBefore = site.getJson("/attempts/" + attempt + "/state").body();
            countsBefore = counts(site.get("/attempts/" + attempt + "/summary").body());
        }

        try (ConfigurableApplicationContext second = start(args)) {
            SiteClient again = site.at(port(second));
            String stateAfter = again.getJson("/attempts/" + attempt + "/state").body();

            assertThat(deadline(stateAfter)).isEqualTo(deadline(stateBefore));
            assertThat(stateAfter).contains("\"status\":\"IN_PROGRESS\"").contains("\"1\":101").contains("\"2\":102")
                    .contains("\"3\":103");
            assertThat(counts(again.get("/attempts/" + attempt + "/summary").body())).isEqualTo(countsBefore)
                    .contains("of 7 questions answered");
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(AcademyApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String counts(String summary) {
        Matcher matcher = COUNTS.matcher(summary);
        assertThat(matcher.find()).as(summary).isTrue();
        return matcher.group(1);
    }

    private static long deadline(String state) {
        Matcher matcher = DEADLINE.matcher(state);
        assertThat(matcher.find()).as(state).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}

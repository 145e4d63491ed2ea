package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.support.Race;

/**
 * Attempts on the real MySQL-protocol server (run when {@code -Ddb.url=...} is given, as CI does):
 * the autosave upsert with its guard and sequence check, the one-open-attempt rule under racing
 * starts, a tab racing the sweeper, and the autosave request's server time over 1,000 saves.
 */
@EnabledIfSystemProperty(named = "db.url", matches = "jdbc:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.clean-disabled=false", "academy.content.import-on-startup=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDatabaseAttemptTests {

    static final Path EXAMS = ExamFixture.write(ExamFixture.temporaryFolder(), 120);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("db.url"));
        registry.add("spring.datasource.username", () -> System.getProperty("db.user", "root"));
        registry.add("spring.datasource.password", () -> System.getProperty("db.password", ""));
        String dialect = System.getProperty("db.dialect", "");
        if (!dialect.isBlank()) {
            registry.add("spring.jpa.properties.hibernate.dialect", () -> dialect);
        }
        registry.add("academy.content.exams-dir", EXAMS::toString);
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @TestConfiguration
    static class Setup {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> autosaveTimer() {
            return AutosaveTiming.filter();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    AttemptStore store;

    @Autowired
    AttemptClosing closing;

    @Autowired
    ExamRepository exams;

    @Autowired
    UserDetailsService people;

    @BeforeAll
    void importExams() {
        assertThat(examImport.importAll().problems()).isEmpty();
    }

    @Test
    void racingStartsGiveOneAttemptAndAStaleAnswerLosesOnTheRealServer() throws Exception {
        Exam exam = exams.findBySlug("quiz-grace").orElseThrow();
        long person = person("agent2");

        List<Long> ids = Race.run(() -> attempts.start(exam, person).attemptId(), () -> attempts.start(exam, person).attemptId(),
                () -> attempts.start(exam, person).attemptId());
        assertThat(new HashSet<>(ids)).hasSize(1);
        long id = ids.get(0);

        assertThat(attempts.save(id, person, 1, "newer", true, 20)).isEqualTo(ExamAttempts.SaveOutcome.SAVED);
        assertThat(attempts.save(id, person, 1, "older", false, 10)).isNotEqualTo(ExamAttempts.SaveOutcome.CLOSED);
        assertThat(attempts.save(id, person("agent3"), 1, "intruder", false, 30)).isEqualTo(ExamAttempts.SaveOutcome.CLOSED);
        assertThat(store.answers(id)).singleElement().satisfies(answer -> {
            assertThat(answer.response()).isEqualTo("newer");
            assertThat(answer.sequence()).isEqualTo(20);
        });

        Attempt attempt = store.find(id).orElseThrow();
        List<Boolean> closed = Race.run(() -> attempts.submit(attempt, false) == ExamAttempts.SubmitOutcome.FINISHED,
                () -> closing.finish(attempt, attempt.deadline(), AttemptClosing.BY_SWEEPER));
        assertThat(closed).containsExactlyInAnyOrder(true, false);
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(AttemptStatus.FINISHED);
    }

    @Test
    void everyOneOfAThousandAutosavesIsStoredOnTheRealServer() throws Exception {
        AutosaveTiming.measure(port, "agent", "quiz-auto", "MariaDB", store);
    }

    private long person(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).personId();
    }

}

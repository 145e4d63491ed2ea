package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.support.Race;

/**
 * A submit holds one database connection at a time. With as many submits at once as the pool has
 * connections, every passed attempt still gets its certificate: the listeners after the commit
 * (certificate, eligibility) wait for a connection on their own threads instead of asking for a
 * second one while the submit's is still held, which under a wave of submits left the whole pool
 * waiting for a connection that nobody would give back.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false", "academy.after-commit.threads=2",
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.url=jdbc:h2:mem:submit-connections;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SubmitConnectionTests {

    static final Path EXAMS = ExamFixture.withoutEssay(ExamFixture.write(ExamFixture.temporaryFolder(), 10), "quiz-sweep");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", EXAMS::toString);
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamRepository exams;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    AttemptStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService people;

    @Test
    void asManySubmitsAtOnceAsConnectionsAreAllCertified() throws Exception {
        assertThat(examImport.importAll().problems()).isEmpty();
        long first = passedAttempt("agent3");
        long second = passedAttempt("agent4");

        List<ExamAttempts.SubmitOutcome> outcomes = Race.run(() -> submit(first), () -> submit(second));

        assertThat(outcomes).containsOnly(ExamAttempts.SubmitOutcome.FINISHED);
        assertThat(certificatesWithin(first, Duration.ofSeconds(10))).isEqualTo(1);
        assertThat(certificatesWithin(second, Duration.ofSeconds(10))).isEqualTo(1);
    }

    /** An attempt at {@code quiz-sweep} with every answer right, not yet submitted. */
    private long passedAttempt(String username) {
        long person = ((SignedInPerson) people.loadUserByUsername(username)).personId();
        long id = attempts.start(exams.findBySlug("quiz-sweep").orElseThrow(), person).attemptId();
        IntStream.rangeClosed(1, 6).forEach(position -> attempts.save(id, person, position,
                ExamFixture.rightAnswer(attempts.questionAt(id, position).id()), false, position));
        return id;
    }

    private ExamAttempts.SubmitOutcome submit(long attemptId) {
        return attempts.submit(store.find(attemptId).orElseThrow(), false);
    }

    private int certificatesWithin(long attemptId, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        int count;
        while ((count = jdbc.sql("SELECT COUNT(*) FROM certificate WHERE attempt_id = ?").param(attemptId)
                .query(Integer.class).single()) == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        return count;
    }
}

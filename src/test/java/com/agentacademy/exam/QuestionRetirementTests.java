package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.support.MutableClock;

/**
 * A retired question is never drawn again, while the attempts that showed it keep their answers and
 * grades; the exam says which of its draws can no longer be filled, and the audit log says who
 * retired what and why.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:question-retirement;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionRetirementTests {

    static final Path EXAMS = ExamFixture.write(ExamFixture.temporaryFolder(), 10);

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", EXAMS::toString);
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-24T01:00:00Z"));
        }
    }

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamRepository exams;

    @Autowired
    ExamQuestionRepository questions;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    AttemptStore store;

    @Autowired
    QuestionRetirement retirement;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService people;

    @BeforeAll
    void importExams() {
        assertThat(examImport.importAll().problems()).isEmpty();
    }

    @Test
    void aRetiredQuestionIsNotDrawnAgainAndPastAttemptsKeepTheirGrades() {
        Exam exam = exams.findBySlug("quiz-auto").orElseThrow();
        long colour = questionId(exam, "id:mc");
        long agent = person("agent");
        long before = attempts.start(exam, agent).attemptId();
        answerColourRight(before, agent);
        attempts.submit(store.find(before).orElseThrow(), false);
        Attempt graded = store.find(before).orElseThrow();
        List<AttemptStore.AttemptQuestion> gradedQuestions = store.questions(before);
        assertThat(gradedQuestions).extracting(AttemptStore.AttemptQuestion::questionId).contains(colour);

        QuestionRetirement.Outcome outcome = retirement.retire(colour, person("trainer"), "facility 0.98: very easy");

        assertThat(outcome.retired()).isTrue();
        assertThat(outcome.shortDraws()).containsExactly(new ShortDraw("basics", 3, 2));
        assertThat(store.find(before).orElseThrow()).isEqualTo(graded);
        assertThat(store.questions(before)).isEqualTo(gradedQuestions);
        for (String username : List.of("agent2", "agent3", "agent4", "agent5", "supervisor", "hr")) {
            long id = attempts.start(exam, person(username)).attemptId();
            assertThat(store.questions(id)).as(username).hasSize(6)
                    .extracting(AttemptStore.AttemptQuestion::questionId).doesNotContain(colour);
        }
        assertThat(retirement.shortDraws(exam.getId())).containsExactly(new ShortDraw("basics", 3, 2));
    }

    @Test
    void retiringIsAuditedOnceWithItsReason() {
        Exam exam = exams.findBySlug("quiz-grace").orElseThrow();
        long ports = questionId(exam, "id:ma");
        long trainer = person("trainer");

        assertThat(retirement.retire(ports, trainer, "negative discrimination").retired()).isTrue();
        assertThat(retirement.retire(ports, trainer, "again").retired()).isFalse();

        List<Map<String, Object>> rows = jdbc.sql("SELECT actor_id, subject, details FROM audit_event "
                + "WHERE kind = 'QUESTION_RETIRED' AND subject = ?").param("question:" + ports).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.get(0).get("actor_id")).longValue()).isEqualTo(trainer);
        assertThat(rows.get(0).get("details")).isEqualTo("exam quiz-grace, id:ma: negative discrimination");
        assertThat(questions.findById(ports).orElseThrow().isRetired()).isTrue();
    }

    private void answerColourRight(long attemptId, long person) {
        for (int position = 1; position <= 7; position++) {
            if ("mc".equals(attempts.questionAt(attemptId, position).id())) {
                assertThat(attempts.save(attemptId, person, position, "0", false, 1))
                        .isEqualTo(ExamAttempts.SaveOutcome.SAVED);
            }
        }
    }

    private long questionId(Exam exam, String key) {
        return questions.findByExamId(exam.getId()).stream().filter(question -> question.getQuestionKey().equals(key))
                .findFirst().orElseThrow().getId();
    }

    private long person(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).personId();
    }
}

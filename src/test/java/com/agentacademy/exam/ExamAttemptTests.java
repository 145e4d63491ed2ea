package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.support.MutableClock;
import com.agentacademy.support.Race;

/**
 * Attempts against the server's clock: starting and the one-open-attempt rule, autosave with its
 * sequence check, the deadline, the sweeper under each time-expiry policy, races between a tab and
 * the sweeper, grading with partial credit and essays, and accommodations.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:exam-attempts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class ExamAttemptTests {

    static final Instant START = Instant.parse("2026-11-24T01:00:00Z");

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
            return new MutableClock(START);
        }

        @Bean
        CountingAccess countingAccess() {
            return new CountingAccess();
        }
    }

    /** A rule that blocks nothing and counts how often it is asked about a person. */
    static class CountingAccess implements ExamAccess {

        final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public PersonAccess of(long personId) {
            reads.incrementAndGet();
            return new PersonAccess() {
                @Override
                public java.util.Optional<Blocker> blocker(String certificationId) {
                    return java.util.Optional.empty();
                }

                @Override
                public boolean reopened(String certificationId) {
                    return false;
                }
            };
        }
    }

    @Autowired
    CountingAccess countingAccess;

    @Autowired
    MutableClock clock;

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamRepository exams;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    AttemptStore store;

    @Autowired
    AttemptSweeper sweeper;

    @Autowired
    AttemptClosing closing;

    @Autowired
    EssayGrading essays;

    @Autowired
    Accommodations accommodations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ApplicationEvents events;

    @BeforeAll
    void importExams() {
        assertThat(examImport.importAll().problems()).isEmpty();
    }

    @BeforeEach
    void clean() {
        clock.set(START);
        jdbc.sql("DELETE FROM certificate_reminder").update();
        jdbc.sql("DELETE FROM certificate").update();
        jdbc.sql("DELETE FROM grade_change").update();
        jdbc.sql("DELETE FROM attempt_answer").update();
        jdbc.sql("DELETE FROM attempt_question").update();
        jdbc.sql("DELETE FROM exam_attempt").update();
        jdbc.sql("DELETE FROM exam_accommodation").update();
    }

    @Test
    void anAttemptDrawsPerCategoryAndKeepsItsDrawOnResume() {
        Exam exam = exam("quiz-auto");
        long id = attempts.start(exam, person("agent")).attemptId();

        List<AttemptStore.AttemptQuestion> drawn = store.questions(id);
        assertThat(drawn).hasSize(7);
        assertThat(drawn.stream().map(AttemptStore.AttemptQuestion::questionId).distinct()).hasSize(7);
        assertThat(attempts.start(exam, person("agent")).attemptId()).isEqualTo(id);
        assertThat(store.questions(id)).isEqualTo(drawn);
        Attempt attempt = store.find(id).orElseThrow();
        assertThat(attempt.deadline()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(attempt.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void twoStartsAtTheSameMomentGiveOneAttempt() throws Exception {
        Exam exam = exam("quiz-auto");
        for (String username : List.of("agent", "agent2", "agent3", "agent4", "agent5")) {
            long person = person(username);
            List<Long> ids = Race.run(() -> attempts.start(exam, person).attemptId(),
                    () -> attempts.start(exam, person).attemptId());
            assertThat(new HashSet<>(ids)).as("attempts of " + username).hasSize(1);
            assertThat(store.ofPerson(person)).filteredOn(attempt -> attempt.examId() == exam.getId()).hasSize(1);
        }
    }

    @Test
    void aStaleAnswerDoesNotOverwriteANewerOne() {
        long person = person("agent");
        long id = attempts.start(exam("quiz-auto"), person).attemptId();

        assertThat(attempts.save(id, person, 1, "newer", true, 200)).isEqualTo(ExamAttempts.SaveOutcome.SAVED);
        assertThat(attempts.save(id, person, 1, "older", false, 100)).isNotEqualTo(ExamAttempts.SaveOutcome.CLOSED);

        AttemptStore.Answer answer = store.answers(id).get(0);
        assertThat(answer.response()).isEqualTo("newer");
        assertThat(answer.flagged()).isTrue();
        assertThat(answer.sequence()).isEqualTo(200);
    }

    @Test
    void anotherPersonCannotAnswerOrSeeTheAttempt() {
        long id = attempts.start(exam("quiz-auto"), person("agent")).attemptId();

        assertThat(attempts.save(id, person("agent2"), 1, "0", false, 1)).isEqualTo(ExamAttempts.SaveOutcome.CLOSED);
        assertThat(store.answers(id)).isEmpty();
        assertThat(attempts.attemptOf(id, person("agent2"))).isEmpty();
    }

    @Test
    void answersArriveUntilTheDeadlineAndAreRefusedAfter() {
        long person = person("agent");
        long id = attempts.start(exam("quiz-grace"), person).attemptId();

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(attempts.save(id, person, 1, "in time", false, 1)).isEqualTo(ExamAttempts.SaveOutcome.SAVED);
        clock.advance(Duration.ofSeconds(30));
        assertThat(attempts.save(id, person, 1, "late", false, 2)).isEqualTo(ExamAttempts.SaveOutcome.CLOSED);
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.save(id, person, 2, "after grace", false, 3)).isEqualTo(ExamAttempts.SaveOutcome.CLOSED);

        assertThat(store.answers(id)).extracting(AttemptStore.Answer::response).containsExactly("in time");
    }

    @Test
    void theSweeperSubmitsAutosubmitAttemptsAsOfTheirDeadline() {
        long person = person("agent");
        long id = attempts.start(exam("quiz-auto"), person).attemptId();
        answerEverythingRight(id, person);

        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        AttemptSweeper.Sweep first = sweeper.sweep();
        AttemptSweeper.Sweep second = sweeper.sweep();

        Attempt attempt = store.find(id).orElseThrow();
        assertThat(first.finished()).isEqualTo(1);
        assertThat(second).isEqualTo(new AttemptSweeper.Sweep(0, 0, 0, 0));
        assertThat(attempt.status()).isEqualTo(AttemptStatus.FINISHED);
        assertThat(attempt.finishedAt()).isEqualTo(attempt.deadline());
        assertThat(attempt.finishedBy()).isEqualTo(AttemptClosing.BY_SWEEPER);
        assertThat(attempt.grading()).isEqualTo(Grading.PENDING);
        assertThat(attempt.score()).isEqualTo(6.0);
    }

    @Test
    void underGraceTheSweeperFreezesThenAbandonsUnlessThePersonSubmits() {
        long person = person("agent");
        long gone = attempts.start(exam("quiz-grace"), person).attemptId();
        long back = attempts.start(exam("quiz-grace"), person("agent2")).attemptId();

        clock.advance(Duration.ofMinutes(11));
        assertThat(sweeper.sweep().frozen()).isEqualTo(2);
        assertThat(sweeper.sweep().frozen()).isZero();
        assertThat(store.find(gone).orElseThrow().status()).isEqualTo(AttemptStatus.OVERDUE);
        assertThat(attempts.save(back, person("agent2"), 1, "changed", false, 9)).isEqualTo(ExamAttempts.SaveOutcome.CLOSED);
        assertThat(attempts.submit(store.find(back).orElseThrow(), false)).isEqualTo(ExamAttempts.SubmitOutcome.FINISHED);

        clock.advance(Duration.ofMinutes(2));
        AttemptSweeper.Sweep after = sweeper.sweep();

        assertThat(after.abandoned()).isEqualTo(1);
        Attempt abandoned = store.find(gone).orElseThrow();
        assertThat(abandoned.status()).isEqualTo(AttemptStatus.ABANDONED);
        assertThat(abandoned.finishedAt()).isEqualTo(abandoned.closesAt());
        assertThat(store.find(back).orElseThrow().status()).isEqualTo(AttemptStatus.FINISHED);
        assertThat(sweeper.sweep()).isEqualTo(new AttemptSweeper.Sweep(0, 0, 0, 0));
    }

    @Test
    void underAbandonTheSweeperAbandonsAndALateSubmitChangesNothing() {
        long person = person("agent");
        long id = attempts.start(exam("quiz-abandon"), person).attemptId();
        answerEverythingRight(id, person);

        clock.advance(Duration.ofMinutes(12));
        assertThat(sweeper.sweep().abandoned()).isEqualTo(1);

        Attempt attempt = store.find(id).orElseThrow();
        assertThat(attempt.status()).isEqualTo(AttemptStatus.ABANDONED);
        assertThat(attempt.score()).isNull();
        assertThat(attempts.submit(attempt, false)).isEqualTo(ExamAttempts.SubmitOutcome.ALREADY_CLOSED);
        assertThat(store.find(id).orElseThrow()).isEqualTo(attempt);
    }

    @Test
    void aBrokenAttemptDoesNotStopTheSweep() {
        long broken = attempts.start(exam("quiz-auto"), person("agent")).attemptId();
        long fine = attempts.start(exam("quiz-auto"), person("agent2")).attemptId();
        long revision = jdbc.sql("SELECT revision_id FROM attempt_question WHERE attempt_id = ? AND position = 1")
                .param(broken).query(Long.class).single();
        long question = jdbc.sql("SELECT question_id FROM question_revision WHERE id = ?").param(revision)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO question_revision (question_id, number, gift, content_hash, created_at)
                VALUES (?, 99, '::Broken:: { =unclosed', 'x', ?)""").params(question, com.agentacademy.security.StoredTime.of(START)).update();
        long bad = jdbc.sql("SELECT id FROM question_revision WHERE number = 99").query(Long.class).single();
        jdbc.sql("UPDATE attempt_question SET revision_id = ? WHERE attempt_id = ? AND position = 1")
                .params(bad, broken).update();

        clock.advance(Duration.ofMinutes(11));
        AttemptSweeper.Sweep sweep = sweeper.sweep();

        assertThat(sweep.failed()).isEqualTo(1);
        assertThat(sweep.finished()).isEqualTo(1);
        assertThat(store.find(broken).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(store.find(fine).orElseThrow().status()).isEqualTo(AttemptStatus.FINISHED);
    }

    @Test
    void aTabRacingTheSweeperGivesExactlyOneResult() throws Exception {
        for (int round = 0; round < 10; round++) {
            clean();
            long person = person("agent");
            long id = attempts.start(exam("quiz-auto"), person).attemptId();
            answerEverythingRight(id, person);
            clock.advance(Duration.ofMinutes(10).plusSeconds(2));
            Attempt attempt = store.find(id).orElseThrow();

            List<Boolean> closed = Race.run(() -> attempts.submit(attempt, true) == ExamAttempts.SubmitOutcome.FINISHED,
                    () -> closing.finish(attempt, attempt.deadline(), AttemptClosing.BY_SWEEPER));

            assertThat(closed).containsExactlyInAnyOrder(true, false);
            Attempt result = store.find(id).orElseThrow();
            assertThat(result.status()).isEqualTo(AttemptStatus.FINISHED);
            assertThat(result.score()).isEqualTo(6.0);
        }
    }

    @Test
    void objectiveQuestionsAreGradedWithPartialCreditAndTheEssayWaitsForAGrader() {
        long person = person("agent");
        long id = attempts.start(exam("quiz-auto"), person).attemptId();
        for (int position = 1; position <= 7; position++) {
            GiftQuestion question = attempts.questionAt(id, position);
            String answer = switch (question.id()) {
                case "mc" -> "1";           // White: wrong
                case "ma" -> "0";           // USB-C only: 50 %
                case "tf" -> "true";
                case "sa" -> "  lumen ";     // right, whatever the case and spaces
                case "num" -> "４９５０";      // within the tolerance, typed with full-width digits
                case "match" -> matchingWithOneRight(question);
                default -> "A calm reply.";
            };
            attempts.save(id, person, position, answer, false, position);
        }
        clock.advance(Duration.ofMinutes(3));
        assertThat(attempts.submit(store.find(id).orElseThrow(), false)).isEqualTo(ExamAttempts.SubmitOutcome.FINISHED);

        Attempt pending = store.find(id).orElseThrow();
        assertThat(pending.grading()).isEqualTo(Grading.PENDING);
        assertThat(pending.passed()).isNull();
        assertThat(pending.score()).isCloseTo(0 + 0.5 + 1 + 1 + 1 + 1.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(essays.queue(person("qa"))).extracting(EssayGrading.Waiting::attemptId).containsExactly(id);
        assertThat(essays.queue(person)).isEmpty();
        assertThat(events.stream(ExamAttemptGraded.class)).isEmpty();

        int essay = position(id, "essay");
        essays.grade(id, essay, List.of(2, 1), "Good start.", person("qa"));

        Attempt graded = store.find(id).orElseThrow();
        assertThat(graded.grading()).isEqualTo(Grading.FINAL);
        assertThat(graded.percent()).isEqualTo(Math.round((3.5 + 1.0 / 3 + 0.75) / 7 * 1000) / 10.0);
        assertThat(graded.passed()).isTrue();
        assertThat(events.stream(ExamAttemptGraded.class).filter(event -> event.attemptId() == id)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grade_change WHERE attempt_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void graderCannotGradeTheirOwnAttemptOrGiveMoreThanTheRubricAllows() {
        long qa = person("qa");
        long id = attempts.start(exam("quiz-auto"), qa).attemptId();
        attempts.save(id, qa, position(id, "essay"), "My essay", false, 1);
        assertThat(attempts.submit(store.find(id).orElseThrow(), false)).isEqualTo(ExamAttempts.SubmitOutcome.FINISHED);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> essays.grade(id, position(id, "essay"), List.of(1, 1), null, qa))
                .isInstanceOf(EssayGrading.Refused.class).hasMessage("own-attempt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> essays.grade(id, position(id, "essay"), List.of(3, 1), null,
                person("trainer"))).isInstanceOf(EssayGrading.Refused.class).hasMessage("points");
        assertThat(store.find(id).orElseThrow().grading()).isEqualTo(Grading.PENDING);
    }

    @Test
    void extraTimeMovesTheRunningDeadlineAndExtraAttemptsAllowAnotherStart() {
        long person = person("agent");
        Exam exam = exam("quiz-abandon");
        long id = attempts.start(exam, person).attemptId();

        accommodations.grant(person, exam.getId(), 15, 1, "Screen reader", person("trainer"));

        assertThat(store.find(id).orElseThrow().deadline()).isEqualTo(START.plus(Duration.ofMinutes(25)));
        clock.advance(Duration.ofMinutes(20));
        // an objective question, so that the attempt is graded at once and does not wait for a grader
        assertThat(attempts.save(id, person, position(id, "mc"), "0", false, 1)).isEqualTo(ExamAttempts.SaveOutcome.SAVED);
        attempts.submit(store.find(id).orElseThrow(), false);

        clock.advance(Duration.ofHours(2));
        long second = attempts.start(exam, person).attemptId();
        assertThat(store.find(second).orElseThrow().deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(25)));
        attempts.submit(store.find(second).orElseThrow(), false);
        clock.advance(Duration.ofHours(2));
        long third = attempts.start(exam, person).attemptId();
        attempts.submit(store.find(third).orElseThrow(), false);
        clock.advance(Duration.ofHours(2));
        assertThat(attempts.start(exam, person).refusal()).isEqualTo(Standing.Refusal.NO_ATTEMPTS_LEFT);
    }

    @Test
    void aNewAttemptWaitsForTheCooldownAndNoneStartsAfterAPass() {
        long person = person("agent");
        Exam exam = exam("quiz-abandon");
        long first = attempts.start(exam, person).attemptId();
        attempts.submit(store.find(first).orElseThrow(), false);

        clock.advance(Duration.ofMinutes(30));
        assertThat(attempts.start(exam, person).refusal()).isEqualTo(Standing.Refusal.COOLDOWN);
        clock.advance(Duration.ofMinutes(31));
        long second = attempts.start(exam, person).attemptId();
        answerEverythingRight(second, person);
        attempts.submit(store.find(second).orElseThrow(), false);
        essays.grade(second, position(second, "essay"), List.of(2, 2), null, person("qa"));

        clock.advance(Duration.ofHours(2));
        assertThat(store.find(second).orElseThrow().passed()).isTrue();
        assertThat(attempts.start(exam, person).refusal()).isEqualTo(Standing.Refusal.PASSED);
    }

    private void answerEverythingRight(long id, long person) {
        for (int position = 1; position <= 7; position++) {
            GiftQuestion question = attempts.questionAt(id, position);
            String answer = switch (question.id()) {
                case "mc" -> "0";
                case "ma" -> "0,1";
                case "tf" -> "true";
                case "sa" -> "Lumen";
                case "num" -> "5000";
                case "match" -> "0=0;1=1;2=2";
                default -> "An essay.";
            };
            assertThat(attempts.save(id, person, position, answer, false, position))
                    .isEqualTo(ExamAttempts.SaveOutcome.SAVED);
        }
    }

    private static String matchingWithOneRight(GiftQuestion question) {
        assertThat(Responses.optionsOf(question)).containsExactly("folding", "photos", "power");
        return "0=0;1=2;2=1";
    }

    private int position(long attemptId, String questionId) {
        for (int position = 1; position <= 7; position++) {
            if (questionId.equals(attempts.questionAt(attemptId, position).id())) {
                return position;
            }
        }
        throw new AssertionError("no question " + questionId);
    }

    @Test
    void theExamListAsksEachRuleOnceAndShowsWhatEachExamPageShows() {
        long agent = person("agent");
        List<Exam> all = exams.findAllByOrderBySlugAsc();
        assertThat(all).hasSizeGreaterThan(2);
        attempts.start(all.get(0), agent);
        accommodations.grant(agent, all.get(1).getId(), 15, 1, "Screen reader", person("trainer"));
        countingAccess.reads.set(0);

        List<Standing> listed = attempts.standings(all, agent);

        assertThat(countingAccess.reads).hasValue(1);
        assertThat(listed.get(0).open()).isPresent();
        assertThat(listed.get(1).extraMinutes()).isEqualTo(15);
        for (int i = 0; i < all.size(); i++) {
            assertThat(listed.get(i)).isEqualTo(attempts.standing(all.get(i), agent));
        }
    }

    private Exam exam(String slug) {
        return exams.findBySlug(slug).orElseThrow();
    }

    private long person(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).personId();
    }


}

package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.security.SignedInPerson;

/** A trainer corrects a wrong answer key; the attempts that showed the question are graded again. */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:regrading;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class RegradingTests {

    static final Path EXAMS = ExamFixture.write(ExamFixture.temporaryFolder(), 30);

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", EXAMS::toString);
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    AttemptStore store;

    @Autowired
    ExamRepository exams;

    @Autowired
    ExamQuestionRepository questions;

    @Autowired
    QuestionRevisionRepository revisions;

    @Autowired
    Regrading regrading;

    @Autowired
    QuestionBank bank;

    @Autowired
    UserDetailsService people;

    @Autowired
    ApplicationEvents events;

    @BeforeAll
    void importExams() {
        assertThat(examImport.importAll().problems()).isEmpty();
    }

    @Test
    void aCorrectedKeyRegradesFinishedAttemptsTurnsAFailIntoAPassAndKeepsTheHistory() {
        Exam exam = exams.findBySlug("quiz-auto").orElseThrow();
        long agent = person("agent");
        long id = attempts.start(exam, agent).attemptId();
        for (int position = 1; position <= 7; position++) {
            GiftQuestion question = attempts.questionAt(id, position);
            String answer = switch (question.id()) {
                case "mc" -> "1";            // White: wrong under the shipped key
                case "ma" -> "0,1";
                case "tf" -> "true";
                case "sa" -> "Lumen";
                case "match" -> "0=0;1=1;2=2";
                case "num" -> "42";          // wrong
                default -> null;             // the essay is left blank
            };
            attempts.save(id, agent, position, answer, false, 1);
        }
        attempts.submit(store.find(id).orElseThrow(), false);
        assertThat(store.find(id).orElseThrow().passed()).isFalse();
        assertThat(store.find(id).orElseThrow().percent()).isEqualTo(57.1);

        ExamQuestion question = questions.findByExamId(exam.getId()).stream()
                .filter(candidate -> candidate.getQuestionKey().equals("id:mc")).findFirst().orElseThrow();
        revise(question, "$CATEGORY: basics\n// [id:mc]\n::Colour:: What colour is the standard case? {~Black =White ~Red}\n");
        Regrading.Report report = regrading.regrade(question.getId(), person("trainer"));

        assertThat(report).isEqualTo(new Regrading.Report(1, 1, 1, 2));
        Attempt regraded = store.find(id).orElseThrow();
        assertThat(regraded.percent()).isEqualTo(71.4);
        assertThat(regraded.passed()).isTrue();
        assertThat(store.answers(id)).extracting(AttemptStore.Answer::response).contains("1");
        assertThat(regrading.history(question.getId())).singleElement()
                .satisfies(change -> {
                    assertThat(change.oldScore()).isEqualTo(0.0);
                    assertThat(change.newScore()).isEqualTo(1.0);
                    assertThat(change.revision()).isEqualTo(2);
                });
        assertThat(events.stream(ExamAttemptGraded.class).filter(event -> event.attemptId() == id && event.passed()))
                .hasSize(1);
        assertThat(regrading.regrade(question.getId(), person("trainer")).changed()).isZero();

        revise(question, "$CATEGORY: basics\n// [id:mc]\n::Colour:: What colour is the standard case? {=Black ~White}\n");
        assertThatThrownBy(() -> regrading.regrade(question.getId(), person("trainer")))
                .isInstanceOf(Regrading.Incompatible.class);
        assertThat(store.find(id).orElseThrow().percent()).isEqualTo(71.4);
    }

    /** Corrects the question as a trainer does in the question editor. */
    private void revise(ExamQuestion question, String gift) {
        int base = revisions.findFirstByQuestionIdOrderByNumberDesc(question.getId()).orElseThrow().getNumber();
        assertThat(bank.edit(question.getId(), GiftParser.parse(gift).questions().get(0), base)).isTrue();
    }

    private long person(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).personId();
    }
}

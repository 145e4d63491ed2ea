package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.agentacademy.gift.GiftType;
import com.agentacademy.security.SignedInPerson;

/**
 * The attempt pages over HTTP: every question type renders, the form works without the page's
 * script, autosave answers in JSON, and nobody reaches another person's attempt by its number.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:attempt-pages;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttemptPagesTests {

    static final Path EXAMS = ExamFixture.write(ExamFixture.temporaryFolder(), 30);

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", EXAMS::toString);
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    AttemptStore store;

    @Autowired
    ExamRepository exams;

    @BeforeAll
    void importExams() {
        assertThat(examImport.importAll().problems()).isEmpty();
    }

    @Test
    void everyQuestionTypeRendersWithItsInputs() throws Exception {
        long id = start("agent", "quiz-auto");
        for (int position = 1; position <= 7; position++) {
            GiftType type = attempts.questionAt(id, position).type();
            String input = switch (type) {
                case MULTICHOICE, TRUEFALSE -> "type=\"radio\" name=\"answer\"";
                case MULTIANSWER -> "type=\"checkbox\" name=\"answer\"";
                case SHORTANSWER, NUMERICAL -> "id=\"typed-answer\" name=\"answer\"";
                case ESSAY -> "id=\"essay-answer\" name=\"answer\"";
                case MATCHING -> "name=\"match-0\"";
                default -> throw new AssertionError(type);
            };
            mvc.perform(get("/attempts/" + id + "/questions/" + position).with(user(person("agent"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(input)))
                    .andExpect(content().string(containsString("role=\"timer\"")));
        }
        mvc.perform(get("/attempts/" + id + "/questions/8").with(user(person("agent")))).andExpect(status().isNotFound());
    }

    @Test
    void withoutTheScriptTheFormSavesAndMovesOn() throws Exception {
        long id = start("agent2", "quiz-auto");
        int typed = positionOf(id, GiftType.SHORTANSWER);

        mvc.perform(post("/attempts/" + id + "/questions/" + typed).param("answer", "Lumen").param("flagged", "true")
                .param("go", "next").with(csrf()).with(user(person("agent2"))))
                .andExpect(redirectedUrl(typed == 7 ? "/attempts/" + id + "/summary"
                        : "/attempts/" + id + "/questions/" + (typed + 1)));

        AttemptStore.Answer saved = store.answers(id).get(0);
        assertThat(saved.response()).isEqualTo("Lumen");
        assertThat(saved.flagged()).isTrue();
        mvc.perform(get("/attempts/" + id + "/summary").with(user(person("agent2"))))
                .andExpect(content().string(containsString("1 of 7 questions answered, 6 not answered, 1 flagged.")));
    }

    @Test
    void autosaveAnswersInJsonSaysWhenAnAnswerIsStaleAndWhenTheAttemptIsClosed() throws Exception {
        long id = start("agent3", "quiz-auto");
        int choice = positionOf(id, GiftType.MULTICHOICE);

        mvc.perform(post("/attempts/" + id + "/answers/" + choice).param("answer", "0").param("sequence", "50")
                .accept(MediaType.APPLICATION_JSON).with(csrf()).with(user(person("agent3"))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("saved")).andExpect(jsonPath("$.sequence").value(50));
        mvc.perform(post("/attempts/" + id + "/answers/" + choice).param("answer", "1").param("sequence", "49")
                .accept(MediaType.APPLICATION_JSON).with(csrf()).with(user(person("agent3"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("stale"))
                .andExpect(jsonPath("$.sequence").value(49));
        mvc.perform(get("/attempts/" + id + "/state").accept(MediaType.APPLICATION_JSON).with(user(person("agent3"))))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.sequences." + choice).value(50));
        mvc.perform(post("/attempts/" + id + "/submit").with(csrf()).with(user(person("agent3"))))
                .andExpect(redirectedUrl("/attempts/" + id + "/result"));
        mvc.perform(post("/attempts/" + id + "/answers/" + choice).param("answer", "1").param("sequence", "60")
                .accept(MediaType.APPLICATION_JSON).with(csrf()).with(user(person("agent3"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.status").value("closed"));
        mvc.perform(get("/attempts/" + id + "/result").with(user(person("agent3"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Not passed. The pass mark is 60 %.")));
        assertThat(store.answers(id).get(0).response()).isEqualTo("0");
    }

    @Test
    void anotherPersonsAttemptIsNotFoundWhateverTheyTry() throws Exception {
        long id = start("agent4", "quiz-grace");
        UserDetails other = person("agent5");

        mvc.perform(get("/attempts/" + id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + id + "/questions/1").with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + id + "/summary").with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + id + "/state").accept(MediaType.APPLICATION_JSON).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + id + "/result").with(user(other))).andExpect(status().isNotFound());
        mvc.perform(post("/attempts/" + id + "/answers/1").param("answer", "0").with(csrf()).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/attempts/" + id + "/questions/1").param("answer", "0").with(csrf()).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/attempts/" + id + "/submit").with(csrf()).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/grading/" + id + "/1").with(user(other))).andExpect(status().isForbidden());

        assertThat(store.answers(id)).isEmpty();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void autosaveWithoutACsrfTokenIsRefused() throws Exception {
        long id = start("supervisor", "quiz-auto");

        mvc.perform(post("/attempts/" + id + "/answers/1").param("answer", "0").with(user(person("supervisor"))))
                .andExpect(status().isForbidden());
        assertThat(store.answers(id)).isEmpty();
    }

    @Test
    void theAccommodationFormNamesTheFieldThatIsWrongAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/accommodations").param("username", "nobody-here").param("exam", "quiz-auto")
                .param("extraMinutes", "abc").param("extraAttempts", "1").param("reason", "Dyslexia")
                .with(csrf()).with(user(person("hr"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No active person has this user name.")))
                .andExpect(content().string(containsString("Enter whole minutes from 0 to 600.")))
                .andExpect(content().string(containsString("value=\"Dyslexia\"")));

        mvc.perform(post("/accommodations").param("username", "agent2").param("exam", "quiz-auto")
                .param("extraMinutes", "20").param("extraAttempts", "1").param("reason", "Dyslexia")
                .with(csrf()).with(user(person("trainer"))))
                .andExpect(redirectedUrl("/accommodations"));
        mvc.perform(get("/exams/quiz-auto").with(user(person("agent2"))))
                .andExpect(content().string(containsString("includes 20 extra minutes for you")));
        mvc.perform(get("/accommodations").with(user(person("agent")))).andExpect(status().isForbidden());
        mvc.perform(get("/grading").with(user(person("agent")))).andExpect(status().isForbidden());
    }

    private long start(String username, String slug) {
        return attempts.start(exams.findBySlug(slug).orElseThrow(), ((SignedInPerson) person(username)).personId())
                .attemptId();
    }

    private int positionOf(long id, GiftType type) {
        for (int position = 1; position <= 7; position++) {
            if (attempts.questionAt(id, position).type() == type) {
                return position;
            }
        }
        throw new AssertionError(type);
    }

    private UserDetails person(String username) {
        return people.loadUserByUsername(username);
    }
}

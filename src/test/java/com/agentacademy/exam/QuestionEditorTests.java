package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftWriter;

/** One question in the editor: a new revision per save, none for the same text, none from a stale page or broken text. */
@SpringBootTest(properties = ExamBankAuthoringTests.OWN_DATABASE)
@AutoConfigureMockMvc
class QuestionEditorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ExamRepository exams;

    @Autowired
    ExamQuestionRepository questions;

    @Autowired
    QuestionRevisionRepository revisions;

    @Test
    void savingMakesARevisionAndTheSameTextMakesNone() throws Exception {
        ExamQuestion question = question(0);
        String edited = GiftWriter.write(List.of(Questions.reworded(current(question), "Within how many seconds?")));
        mvc.perform(get(path(question)).with(as("trainer")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(revisionText(question)))));

        save(question, edited, 1, "trainer")
                .andExpect(redirectedUrl(path(question)))
                .andExpect(flash().attribute("success", "question-editor.saved"));
        save(question, edited, 2, "admin")
                .andExpect(flash().attribute("success", "question-editor.unchanged"));

        assertThat(revisions.findByQuestionIdOrderByNumberDesc(question.getId())).extracting(QuestionRevision::getNumber)
                .containsExactly(2, 1);
        assertThat(current(question).text()).isEqualTo("Within how many seconds?");
        mvc.perform(get(path(question)).with(as("trainer")))
                .andExpect(content().string(containsString("Text of revision 2")));
    }

    @Test
    void someoneWhoStartedFromAnOlderRevisionIsRefusedAndKeepsTheirText() throws Exception {
        ExamQuestion question = question(1);
        GiftQuestion opened = current(question);
        save(question, GiftWriter.write(List.of(Questions.reworded(opened, "Alice's wording."))), 1, "trainer")
                .andExpect(flash().attribute("success", "question-editor.saved"));

        save(question, GiftWriter.write(List.of(Questions.reworded(opened, "Bob's wording."))), 1, "admin")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this question since you opened it")))
                .andExpect(content().string(containsString("Bob&#39;s wording.")));

        assertThat(current(question).text()).isEqualTo("Alice's wording.");
    }

    @Test
    void textThatIsNotOneQuestionIsShownWithItsProblemsAndNothingIsSaved() throws Exception {
        ExamQuestion question = question(2);
        String broken = "// [id:service-standards-en-03]\n::Handle time::How long? {\n=5\n\n::Next:: More. {T}\n";
        save(question, broken, 1, "trainer")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Line 2: ")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(broken))));
        save(question, "::One:: One. {T}\n\n::Two:: Two. {F}\n", 1, "trainer")
                .andExpect(content().string(containsString("Write exactly one question; this text has 2.")));
        save(question, "// [id:service-standards-en-03]\n::Handle time::Just a description.\n", 1, "trainer")
                .andExpect(content().string(containsString("Line 2: this is a description")));
        save(question, "// [id:another-id]\n::Handle time::How long? {T}\n", 1, "trainer")
                .andExpect(content().string(containsString("exam files know it as id:service-standards-en-03")));

        assertThat(revisions.findByQuestionIdOrderByNumberDesc(question.getId())).hasSize(1);
    }

    @Test
    void aQuestionIsRetiredAndBroughtBack() throws Exception {
        ExamQuestion question = question(3);
        mvc.perform(post(path(question) + "/retire").with(csrf()).with(as("trainer")))
                .andExpect(flash().attribute("success", "question-editor.retired"));
        assertThat(questions.findById(question.getId()).orElseThrow().isRetired()).isTrue();
        mvc.perform(get(path(question)).with(as("trainer")))
                .andExpect(content().string(containsString("Retired: new attempts do not draw it.")));

        mvc.perform(post(path(question) + "/restore").with(csrf()).with(as("trainer")))
                .andExpect(flash().attribute("success", "question-editor.restored"));
        assertThat(questions.findById(question.getId()).orElseThrow().isRetired()).isFalse();
    }

    @Test
    void aQuestionOfAnotherExamIsNotFoundHere() throws Exception {
        mvc.perform(get("/exams/banks/go-live-en/questions/{id}", question(0).getId()).with(as("trainer")))
                .andExpect(status().isNotFound());
    }

    private ResultActions save(ExamQuestion question, String gift, int baseRevision, String username) throws Exception {
        return mvc.perform(post(path(question)).param("gift", gift).param("baseRevision", String.valueOf(baseRevision))
                .with(csrf()).with(as(username)));
    }

    private ExamQuestion question(int index) {
        Exam exam = exams.findBySlug("service-standards-en").orElseThrow();
        return questions.findByExamIdOrderByIdAsc(exam.getId()).get(index);
    }

    private String revisionText(ExamQuestion question) {
        long revision = questions.findById(question.getId()).orElseThrow().getCurrentRevisionId();
        return revisions.findById(revision).orElseThrow().getGift();
    }

    private GiftQuestion current(ExamQuestion question) {
        return GiftParser.parse(revisionText(question)).questions().get(0);
    }

    private static String path(ExamQuestion question) {
        return "/exams/banks/service-standards-en/questions/" + question.getId();
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }
}

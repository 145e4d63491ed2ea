package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftWriter;

/** A bank leaves as one .gift file and comes back the same; an uploaded file adds, revises and retires, or changes nothing. */
@SpringBootTest(properties = ExamBankAuthoringTests.OWN_DATABASE)
@AutoConfigureMockMvc
class ExamBankAuthoringTests {

    /** The bank tests change banks; their database is their own. */
    static final String OWN_DATABASE = "spring.datasource.url=jdbc:h2:mem:exam-authoring;MODE=MySQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

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
    void theExportParsesBackToTheLiveQuestions() throws Exception {
        Exam exam = exams.findBySlug("go-live-en").orElseThrow();
        ExamQuestion retired = questions.findByExamIdOrderByIdAsc(exam.getId()).get(1);
        retired.retire();
        questions.save(retired);

        var response = mvc.perform(get("/exams/banks/go-live-en/export.gift").with(as("trainer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"go-live-en.gift\""))
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andReturn().getResponse();
        var exported = GiftParser.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));

        assertThat(exported.problems()).isEmpty();
        assertThat(exported.questions()).containsExactlyInAnyOrderElementsOf(liveQuestions(exam));
        assertThat(exported.questions()).extracting(QuestionBank::keyOf).doesNotContain(retired.getQuestionKey());
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("$CATEGORY: go-live/products\n");
    }

    @Test
    void aFileWithAProblemChangesNothingAndSaysWhere() throws Exception {
        Exam exam = exams.findBySlug("privacy-compliance-en").orElseThrow();
        long revisionsBefore = revisions.count();
        String gift = """
                ::New one::A new question. {T}

                ::Unclosed::This answer block never ends. {
                =Yes
                ~No

                ::Twice::First. {T}

                ::Twice::Second. {F}
                """;

        mvc.perform(multipart("/exams/banks/privacy-compliance-en/import").file(giftFile("broken.gift", gift))
                        .param("retireMissing", "true").with(csrf()).with(as("trainer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nothing was imported")))
                .andExpect(content().string(containsString("broken.gift:3: ")))
                .andExpect(content().string(containsString("broken.gift:9: the name &quot;Twice&quot; is already used")));

        assertThat(revisions.count()).isEqualTo(revisionsBefore);
        assertThat(questions.findByExamId(exam.getId())).noneMatch(ExamQuestion::isRetired)
                .noneMatch(question -> question.getQuestionKey().equals("name:New one"));
    }

    @Test
    void anUploadAddsRevisesAndRetires() throws Exception {
        Exam exam = exams.findBySlug("complaint-handling-en").orElseThrow();
        List<GiftQuestion> live = liveQuestions(exam);
        GiftQuestion first = live.get(0);
        String gift = GiftWriter.write(List.of(Questions.reworded(first, "Reworded: " + first.text()))) + "\n" + GiftWriter.write(live.subList(2, live.size()))
                + "\n::Brand new::Is this question new? {T}\n";

        var upload = mvc.perform(multipart("/exams/banks/complaint-handling-en/import")
                        .file(giftFile("complaints.gift", gift)).param("retireMissing", "true").with(csrf())
                        .with(as("trainer")))
                .andExpect(redirectedUrl("/exams/banks/complaint-handling-en"))
                .andExpect(flash().attribute("imported", new ExamBankController.ImportedFile("complaints.gift",
                        new QuestionCounts(1, 1, 0, live.size() - 2, 1))))
                .andReturn();

        Map<String, ExamQuestion> byKey = questions.findByExamId(exam.getId()).stream()
                .collect(Collectors.toMap(ExamQuestion::getQuestionKey, question -> question));
        assertThat(byKey.get(QuestionBank.keyOf(live.get(1))).isRetired()).isTrue();
        assertThat(byKey.get("name:Brand new").isRetired()).isFalse();
        ExamQuestion revised = byKey.get(QuestionBank.keyOf(first));
        String current = revisions.findById(revised.getCurrentRevisionId()).orElseThrow().getGift();
        assertThat(GiftParser.parse(current).questions().get(0).text()).startsWith("Reworded: ");
        assertThat(revisions.findByQuestionIdOrderByNumberDesc(revised.getId())).hasSize(2);

        mvc.perform(get("/exams/banks/complaint-handling-en").cookie(upload.getResponse().getCookies())
                        .with(as("trainer")))
                .andExpect(content().string(containsString("Imported complaints.gift: 1 added, 1 revised, 0 brought back")));
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefused() throws Exception {
        byte[] gbk = "::名称::这是一道题。 {T}".getBytes(Charset.forName("GBK"));
        mvc.perform(multipart("/exams/banks/service-standards-en/import").file(new MockMultipartFile("file", "gbk.gift",
                        "text/plain", gbk)).with(csrf()).with(as("trainer")))
                .andExpect(content().string(containsString("gbk.gift:1: not UTF-8 text")));

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        mvc.perform(multipart("/exams/banks/service-standards-en/import").file(new MockMultipartFile("file", "large.gift",
                        "text/plain", large)).with(csrf()).with(as("admin")))
                .andExpect(content().string(containsString("large.gift:1: the text is larger than 5 MB")));
    }

    @Test
    void agentsMayNotSeeTheBanksAndQaMayOnlyLook() throws Exception {
        Exam exam = exams.findBySlug("go-live-zh").orElseThrow();
        long id = questions.findByExamIdOrderByIdAsc(exam.getId()).get(0).getId();
        String question = "/exams/banks/go-live-zh/questions/" + id;
        List<String> pages = List.of("/exams/banks/go-live-zh", "/exams/banks/go-live-zh/export.gift", question,
                "/exams/banks/go-live-zh/settings");
        for (String page : pages) {
            mvc.perform(get(page).with(as("agent"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(as("qa"))).andExpect(status().isOk());
        }
        mvc.perform(get(question).with(as("qa")))
                .andExpect(content().string(not(containsString("/retire"))))
                .andExpect(content().string(containsString("readonly")));
        for (String change : List.of(question, question + "/retire", question + "/restore",
                "/exams/banks/go-live-zh/settings")) {
            for (String username : List.of("agent", "qa")) {
                mvc.perform(post(change).param("gift", "::x:: y {T}").param("title", "Changed").with(csrf())
                        .with(as(username))).andExpect(status().isForbidden());
            }
        }
        for (String username : List.of("agent", "qa")) {
            mvc.perform(multipart("/exams/banks/go-live-zh/import").file(giftFile("x.gift", "::x:: y {T}")).with(csrf())
                    .with(as(username))).andExpect(status().isForbidden());
        }
        assertThat(questions.findByExamId(exam.getId())).noneMatch(ExamQuestion::isRetired);
    }

    private List<GiftQuestion> liveQuestions(Exam exam) {
        return questions.findByExamIdOrderByIdAsc(exam.getId()).stream().filter(question -> !question.isRetired())
                .map(question -> revisions.findById(question.getCurrentRevisionId()).orElseThrow().getGift())
                .flatMap(gift -> GiftParser.parse(gift).questions().stream()).toList();
    }

    private static MockMultipartFile giftFile(String name, String text) {
        return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }
}

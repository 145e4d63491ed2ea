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

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The exam settings form: every wrong value is named by its field, typed values stay, good values are saved. */
@SpringBootTest(properties = ExamBankAuthoringTests.OWN_DATABASE)
@AutoConfigureMockMvc
class ExamSettingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ExamRepository exams;

    @Test
    void theFormShowsTheCurrentSettings() throws Exception {
        mvc.perform(get("/exams/banks/troubleshooting-en/settings").with(user(people.loadUserByUsername("trainer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Troubleshooting certification exam\"")))
                .andExpect(content().string(containsString("2 troubleshooting/method\n2 troubleshooting/freezes")));
    }

    @Test
    void eachWrongValueIsNamedByItsFieldAndTheTypedValuesStay() throws Exception {
        Map<String, String> wrong = valid();
        wrong.put("title", " ");
        wrong.put("timeLimitMinutes", "601");
        wrong.put("passMarkPercent", "0");
        wrong.put("maxAttempts", "0");
        wrong.put("cooldownHours", "-1");
        wrong.put("graceMinutes", "121");

        submit(wrong).andExpect(status().isOk())
                .andExpect(content().string(containsString("Title: write 1 to 200 characters.")))
                .andExpect(content().string(containsString("Time limit: a whole number of minutes from 1 to 600.")))
                .andExpect(content().string(containsString("Pass mark: a whole percentage from 1 to 100.")))
                .andExpect(content().string(containsString("Attempts allowed: a whole number, 1 or more.")))
                .andExpect(content().string(containsString("Hours between attempts: a whole number, 0 or more.")))
                .andExpect(content().string(containsString("Grace minutes: a whole number from 0 to 120.")))
                .andExpect(content().string(containsString("value=\"601\"")))
                .andExpect(content().string(containsString("value=\"-1\"")));

        assertThat(exams.findBySlug("troubleshooting-en").orElseThrow().getTimeLimitMinutes()).isEqualTo(30);
    }

    @Test
    void somethingThatIsNotANumberIsNamedByItsFieldToo() throws Exception {
        Map<String, String> wrong = valid();
        wrong.put("timeLimitMinutes", "half an hour");
        wrong.put("timeExpiry", "SOMETIMES");

        submit(wrong).andExpect(status().isOk())
                .andExpect(content().string(containsString("Time limit: a whole number of minutes from 1 to 600.")))
                .andExpect(content().string(containsString("When time runs out: choose one of the options.")));
    }

    @Test
    void gracePoliciesNeedGraceMinutes() throws Exception {
        Map<String, String> grace = valid();
        grace.put("timeExpiry", "GRACE");
        grace.put("graceMinutes", "0");

        submit(grace).andExpect(status().isOk())
                .andExpect(content().string(containsString("Grace minutes: at least 1 when candidates get grace minutes")));
    }

    @Test
    void everyDrawNeedsACategoryWithEnoughLiveQuestionsAndEachProblemNamesItsLine() throws Exception {
        Map<String, String> draws = valid();
        draws.put("draws", "2 troubleshooting/method\nsome troubleshooting/freezes\n2 troubleshooting/method\n"
                + "3 no/such-category\n40 troubleshooting/signal\n0 troubleshooting/updates");

        submit(draws).andExpect(status().isOk())
                .andExpect(content().string(containsString("line 2 (&quot;some troubleshooting/freezes&quot;): write the number")))
                .andExpect(content().string(containsString("line 3: &quot;troubleshooting/method&quot; is already drawn from on line 1")))
                .andExpect(content().string(containsString("line 4: the category &quot;no/such-category&quot; has no live questions")))
                .andExpect(content().string(containsString("line 5: &quot;troubleshooting/signal&quot; has 5 live questions, fewer than 40")))
                .andExpect(content().string(containsString("line 6: draw at least one question")))
                .andExpect(content().string(containsString("40 troubleshooting/signal")));
    }

    @Test
    void goodSettingsAreSaved() throws Exception {
        submit("troubleshooting-zh", valid()).andExpect(redirectedUrl("/exams/banks/troubleshooting-zh"))
                .andExpect(flash().attribute("success", "exam-settings.saved"));

        Exam exam = exams.findBySlug("troubleshooting-zh").orElseThrow();
        assertThat(exam.getTitle()).isEqualTo("Troubleshooting, revised");
        assertThat(exam.getTimeLimitMinutes()).isEqualTo(45);
        assertThat(exam.getPassMarkPercent()).isEqualTo(75);
        assertThat(exam.getMaxAttempts()).isEqualTo(2);
        assertThat(exam.getCooldownHours()).isEqualTo(12);
        assertThat(exam.isShuffleQuestions()).isTrue();
        assertThat(exam.isShuffleAnswers()).isFalse();
        assertThat(exam.getTimeExpiry()).isEqualTo(TimeExpiry.GRACE);
        assertThat(exam.getGraceMinutes()).isEqualTo(5);
        assertThat(exam.getReview()).isEqualTo(ReviewPolicy.AFTER_CLOSE);
        assertThat(exam.getDraws()).containsExactly(new ExamDefinition.Draw("troubleshooting/method", 3),
                new ExamDefinition.Draw("troubleshooting/case-study", 1));
    }

    private ResultActions submit(Map<String, String> fields) throws Exception {
        return submit("troubleshooting-en", fields);
    }

    private ResultActions submit(String slug, Map<String, String> fields) throws Exception {
        var request = post("/exams/banks/{slug}/settings", slug).with(csrf())
                .with(user(people.loadUserByUsername("trainer")));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** Settings that are all right; shuffleAnswers is left out, as a browser leaves out an unticked box. */
    private static Map<String, String> valid() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Troubleshooting, revised");
        fields.put("timeLimitMinutes", "45");
        fields.put("passMarkPercent", "75");
        fields.put("maxAttempts", "2");
        fields.put("cooldownHours", "12");
        fields.put("shuffleQuestions", "true");
        fields.put("timeExpiry", "GRACE");
        fields.put("graceMinutes", "5");
        fields.put("review", "AFTER_CLOSE");
        fields.put("draws", "3 troubleshooting/method\n\n1   troubleshooting/case-study  ");
        return fields;
    }
}

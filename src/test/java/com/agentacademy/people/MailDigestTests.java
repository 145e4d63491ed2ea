package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.agentacademy.security.SignedInPerson;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * A person chooses on the account page how notices reach them by e-mail: each at once, or one
 * summary a day. Either way the notices show in the app at once, with what they name, and each is
 * summarised once.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false", "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "spring.datasource.url=jdbc:h2:mem:mail-digest;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class MailDigestTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    MailDigest digest;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM notification").update();
        jdbc.sql("UPDATE person SET mail_digest = FALSE, preferred_locale = 'en'").update();
    }

    @Test
    void aPersonWhoChoseTheSummaryGetsOneMailForTheDaysNoticesAndSeesThemInTheAppAtOnce() throws Exception {
        mvc.perform(post("/account/mail").param("digest", "true").with(user(person("agent"))).with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("success", "account.mail.digest-chosen"));

        notifications.tellAndMail(id("agent"), "TEST", "notification.certificate.revoked", List.of("Quiz", "测验",
                "a wrong answer key"), "/certificates", null);
        notifications.tellAndMail(id("agent"), "TEST", "notification.certificate.expiring", List.of("Quiz", "测验",
                "2027-01-01"), null, null);
        notifications.tellAndMail(id("agent2"), "TEST", "notification.certificate.expiring", List.of("Quiz", "测验",
                "2027-01-01"), null, null);

        assertThat(notifications.of(id("agent"), 10)).hasSize(2);
        mvc.perform(get("/notifications").with(user(person("agent"))))
                .andExpect(content().string(containsString("Your certificate “Quiz” was revoked: a wrong answer key")));
        assertThat(smtp.getReceivedMessages()).as("agent2 chose nothing: mailed at once").hasSize(1);

        assertThat(digest.send()).isEqualTo(1);
        assertThat(digest.send()).as("each notice is summarised once").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage summary = received[1];
        assertThat(summary.getAllRecipients()[0].toString()).isEqualTo("agent@demo.agent-academy.test");
        assertThat(summary.getSubject()).startsWith("Agent Academy: your notices of ");
        assertThat(GreenMailUtil.getBody(summary)).contains("2 notices since your last summary")
                .contains("Your certificate =E2=80=9CQuiz=E2=80=9D was revoked: a wrong answer key")
                .contains("/certificates").contains("expires on 2027-01-01");
    }

    @Test
    void choosingEachNoticeAtOnceMailsItAtOnce() throws Exception {
        jdbc.sql("UPDATE person SET mail_digest = TRUE WHERE username = 'agent'").update();
        mvc.perform(post("/account/mail").param("digest", "false").with(user(person("agent"))).with(csrf()))
                .andExpect(flash().attribute("success", "account.mail.immediate-chosen"));

        notifications.tellAndMail(id("agent"), "TEST", "notification.certificate.expiring", List.of("Quiz", "测验",
                "2027-01-01"), null, null);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(digest.send()).isZero();
    }

    private long id(String username) {
        return person(username).personId();
    }

    private SignedInPerson person(String username) {
        return (SignedInPerson) people.loadUserByUsername(username);
    }
}

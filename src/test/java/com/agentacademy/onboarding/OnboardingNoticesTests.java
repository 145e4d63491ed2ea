package com.agentacademy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.people.Notifications;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.support.MutableClock;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Due-soon, overdue and at-risk notices, in the app and by e-mail through an in-process SMTP
 * server: each at most once per member, week and kind, at-risk ones to the trainer too, and none
 * mailed at once to a member who chose the daily summary.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=true", "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "spring.datasource.url=jdbc:h2:mem:onboarding-notices;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class OnboardingNoticesTests {

    static final java.nio.file.Path ROOT = OnboardingFixture.write("notices");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> ROOT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> ROOT.resolve("courses").toString());
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-04T09:00:00Z"));
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    OnboardingNotices notices;

    @Autowired
    Notifications notifications;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    ProgramRepository programs;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void cohortFromMondayTheSecond() {
        for (String table : List.of("onboarding_notice", "cohort_member", "cohort", "notification")) {
            // the application itself cannot DELETE audit entries (append-only trigger)
            jdbc.sql((table.equals("audit_event") ? "TRUNCATE TABLE " : "DELETE FROM ") + table).update();
        }
        jdbc.sql("UPDATE person SET mail_digest = (username = 'agent3')").update();
        Program program = programs.findBySlug("starter-program").orElseThrow();
        var cohort = new Cohort("March", program.getId(), program.getRevisionNumber(), LocalDate.parse("2026-03-02"),
                id("trainer"), id("hr"), clock);
        cohort.add(id("agent2"), cohort.getStartDate());
        cohort.add(id("agent3"), cohort.getStartDate());
        cohorts.save(cohort);
    }

    @Test
    void eachNoticeGoesOutOnceAtRiskOnesToTheTrainerTooAndDigestReadersGetNoMailAtOnce() throws Exception {
        clock.set(Instant.parse("2026-03-04T09:00:00Z"));

        assertThat(notices.send()).as("week 1 is due on Friday, two working days ahead").isEqualTo(2);
        assertThat(notices.send()).isZero();
        assertThat(texts("agent2")).containsExactly("notification.onboarding.due-soon");
        assertThat(notifications.of(id("agent2"), 5).get(0).arguments()).containsExactly("First week", "第一周", "1",
                "2026-03-06", "3");
        assertThat(texts("agent3")).containsExactly("notification.onboarding.due-soon");
        assertThat(mailTo("agent2")).containsExactly("Agent Academy: Week 1 of your onboarding, “First week”, is due"
                + " on 2026-03-06: 3 items are still open.");
        assertThat(mailTo("agent3")).as("chose the daily summary").isEmpty();

        clock.set(Instant.parse("2026-03-09T09:00:00Z"));

        assertThat(notices.send()).as("overdue for both, and six idle working days: both told, the trainer twice")
                .isEqualTo(6);
        assertThat(notices.send()).isZero();
        assertThat(texts("agent2")).containsExactly("notification.onboarding.at-risk.idle",
                "notification.onboarding.overdue", "notification.onboarding.due-soon");
        assertThat(texts("trainer")).containsExactly("notification.onboarding.trainer.idle",
                "notification.onboarding.trainer.idle");
        assertThat(mailTo("trainer")).hasSize(2).allSatisfy(subject -> assertThat(subject)
                .contains("(March) has not read a module or sat an exam for 6 working days."));
        assertThat(mailTo("agent2")).hasSize(3);
        assertThat(mailTo("agent3")).isEmpty();

        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(notices.send()).as("still idle, but told once a week").isZero();
    }

    @Test
    void aRemovedOrFinishedWeekIsNotRemindedOf() {
        clock.set(Instant.parse("2026-02-25T09:00:00Z"));
        assertThat(notices.send()).as("before the start").isZero();

        Cohort cohort = cohorts.findAll().get(0);
        cohort.remove(id("agent3"));
        cohorts.save(cohort);
        clock.set(Instant.parse("2026-03-04T09:00:00Z"));

        assertThat(notices.send()).isEqualTo(1);
        assertThat(texts("agent3")).isEmpty();
    }

    private List<String> texts(String username) {
        return notifications.of(id(username), 20).stream().map(Notifications.Notification::messageKey).toList();
    }

    private List<String> mailTo(String username) throws MessagingException {
        String address = username + "@demo.agent-academy.test";
        return Stream.of(smtp.getReceivedMessages()).filter(message -> recipient(message).equals(address))
                .map(OnboardingNoticesTests::subject).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).findFirst().orElse("");
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long id(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).personId();
    }
}

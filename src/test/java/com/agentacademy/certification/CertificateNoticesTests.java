package com.agentacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.catalog.ModuleRevisionPublished;
import com.agentacademy.exam.ExamAttemptGraded;
import com.agentacademy.exam.ExamFixtures;
import com.agentacademy.people.Notifications;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.support.MutableClock;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * Reminders before expiry (once each, in the app and by e-mail through an in-process SMTP server)
 * and recertification when a module of a course an exam draws on changes in a major way.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=true", "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "spring.datasource.url=jdbc:h2:mem:certificate-notices;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class CertificateNoticesTests {

    static final Instant START = Instant.parse("2026-11-24T01:00:00Z");
    static final Path ROOT = writeContent();

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
            return new MutableClock(START);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CertificateStore store;

    @Autowired
    CertificateReminders reminders;

    @Autowired
    CertificationRules rules;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService people;

    @BeforeEach
    void clean() {
        clock.set(START);
        for (String table : List.of("certificate_reminder", "exam_reopening", "certificate", "notification",
                "audit_event", "exam_attempt")) {
            // the application itself cannot DELETE audit entries (append-only trigger)
            jdbc.sql((table.equals("audit_event") ? "TRUNCATE TABLE " : "DELETE FROM ") + table).update();
        }
    }

    @Test
    void holdersAreRemindedSixtyThirtyAndSevenDaysBeforeOnceEachInTheAppAndByMail() throws Exception {
        long agent = person("agent");
        pass(agent);

        clock.set(Instant.parse("2027-09-01T09:00:00Z"));
        assertThat(reminders.remind()).isZero();
        clock.set(Instant.parse("2027-09-26T09:00:00Z"));
        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(reminders.remind()).isZero();
        clock.set(Instant.parse("2027-10-25T09:00:00Z"));
        assertThat(reminders.remind()).isEqualTo(1);
        clock.set(Instant.parse("2027-11-17T09:00:00Z"));
        assertThat(reminders.remind()).isEqualTo(1);
        clock.set(Instant.parse("2027-11-20T09:00:00Z"));
        assertThat(reminders.remind()).isZero();

        assertThat(notifications.of(agent, 10)).filteredOn(item -> item.kind().equals("CERTIFICATE_EXPIRING")).hasSize(3);
        List<MimeMessage> mails = reminderMails("expires on");
        assertThat(mails).hasSize(3);
        assertThat(mails.get(0).getAllRecipients()[0].toString())
                .isEqualTo(jdbc.sql("SELECT email FROM person WHERE id = ?").param(agent).query(String.class).single());
        assertThat(mails.get(0).getSubject()).contains("Quiz");
        assertThat(((String) mails.get(0).getContent())).contains("2027-11-24").contains("/certificates");
    }

    @Test
    void aMajorChangeToACourseAnExamDrawsOnAsksHoldersToRecertifyByADate() throws Exception {
        long agent = person("agent2");
        pass(agent);

        publish(false);
        assertThat(store.ofPerson(agent).get(0).recertifyBy()).isNull();
        publish(true);

        Certificate certificate = store.ofPerson(agent).get(0);
        assertThat(certificate.recertifyBy()).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
        assertThat(certificate.recertifyReason()).contains("New rules for batteries");
        assertThat(certificate.statusAt(clock.instant())).isEqualTo(CertificateStatus.RECERTIFY);
        assertThat(rules.of(agent).reopened("quiz")).isTrue();
        assertThat(notifications.of(agent, 10)).filteredOn(item -> item.kind().equals("RECERTIFY")).singleElement()
                .satisfies(item -> assertThat(item.details()).contains("New rules for batteries"));
        assertThat(reminderMails("Recertify")).hasSize(1);
        assertThat(certificate.statusAt(Instant.parse("2026-12-24T00:00:00Z"))).isEqualTo(CertificateStatus.EXPIRED);
    }

    /** The e-mails received whose subject says {@code what}; the holder is also mailed when the certificate is issued. */
    private static List<MimeMessage> reminderMails(String what) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().contains(what)) {
                found.add(mail);
            }
        }
        return found;
    }

    private void publish(boolean major) {
        transactions.executeWithoutResult(status -> events.publishEvent(new ModuleRevisionPublished("handset-products",
                1, "batteries", 999_999, null, "en", major, "New rules for batteries")));
    }

    private void pass(long person) {
        long exam = jdbc.sql("SELECT id FROM exam WHERE slug = 'quiz-auto'").query(Long.class).single();
        var now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO exam_attempt (exam_id, person_id, number, status, started_at, deadline, time_limit_minutes,
                    extra_minutes, time_expiry, grace_minutes, pass_mark_percent, finished_at, grading, score, max_score,
                    percent, passed)
                VALUES (?, ?, 1, 'FINISHED', ?, ?, 30, 0, 'AUTOSUBMIT', 0, 60, ?, 'FINAL', 9, 10, 90, TRUE)
                """).params(exam, person, now, now.plusMinutes(30), now).update();
        long attempt = jdbc.sql("SELECT MAX(id) FROM exam_attempt").query(Long.class).single();
        transactions.executeWithoutResult(status -> events.publishEvent(
                new ExamAttemptGraded(attempt, person, "quiz-auto", "quiz", true, 90, clock.instant())));
        assertThat(store.ofPerson(person)).hasSize(1);
    }

    private long person(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).personId();
    }

    private static Path writeContent() {
        try {
            Path root = Files.createTempDirectory("academy-notices");
            Files.createDirectories(root.resolve("courses/handset-products"));
            Path exams = ExamFixtures.write(root);
            Path quiz = exams.resolve("quiz-auto/exam.yml");
            Files.writeString(quiz, Files.readString(quiz).replace("courses: []", "courses: [handset-products]"));
            return root;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

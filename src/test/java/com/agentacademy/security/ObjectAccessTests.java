package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.agentacademy.people.Notifications;

/**
 * Nobody reaches another person's things by changing an id in the address or a form: certificates,
 * written answers waiting for a grader, notifications, account settings, career applications and
 * module feedback answer 404 or 403 and the database is exactly as it was. Supervisors see their
 * own team only, whatever team the address names. (Attempts by another person and KPIs are shown
 * in {@code AttemptPagesTests} and {@code KpiAccessTests}.)
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:object-access;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Notifications notifications;

    Map<String, String> samples;
    DatabaseFingerprint database;

    @BeforeAll
    void samples() throws Exception {
        samples = RouteSamples.create(jdbc, mvc, accounts).values();
        database = new DatabaseFingerprint(dataSource, CsrfAndMethodTests.WRITTEN_BY_READS.keySet(), CsrfAndMethodTests.ONLY_WHERE);
    }

    @Test
    void anotherPersonsCertificateIsNeitherShownNorDownloadedNorRevoked() throws Exception {
        String certificate = samples.get("certificate");
        assertThat(page(get("/certificates"), "agent")).contains("MATR-IXCO-DE01");
        Map<String, String> before = database.take();

        assertThat(page(get("/certificates"), "agent2")).doesNotContain("MATR-IXCO-DE01");
        for (String other : List.of("agent2", "supervisor", "supervisor2", "matrix-qa")) {
            assertThat(status(get("/certificates/" + certificate + "/certificate.pdf"), other)).as(other).isEqualTo(404);
        }
        assertThat(status(post("/certificates/" + certificate + "/revoke").param("reason", "mine now"), "agent2"))
                .isEqualTo(403);
        assertThat(status(post("/certificates/" + certificate + "/revoke").param("reason", "mine now"), "supervisor"))
                .isEqualTo(403);

        assertThat(DatabaseFingerprint.changes(before, database.take())).isEmpty();
        assertThat(jdbc.sql("SELECT revoked_at FROM certificate WHERE id = ?").param(Long.parseLong(certificate))
                .query(Instant.class).optional()).isEmpty();
    }

    @Test
    void nobodyGradesOrReadsTheirOwnWrittenAnswerAndAgentsReachNoneAtAll() throws Exception {
        long exam = jdbc.sql("SELECT id FROM exam WHERE slug = ?").param(RouteSamples.EXAM).query(Long.class).single();
        long own = RouteSamples.essayAttempt(jdbc, exam, id("matrix-qa"), Instant.now());
        String others = samples.get("essayAttempt");
        Map<String, String> before = database.take();

        assertThat(status(get("/grading/" + own + "/1"), "matrix-qa")).isEqualTo(404);
        assertThat(status(post("/grading/" + own + "/1").param("points-0", "4").param("comment", "Great"), "matrix-qa"))
                .isEqualTo(404);
        assertThat(page(get("/grading"), "matrix-qa")).doesNotContain("/grading/" + own + "/1");
        assertThat(status(get("/grading/" + others + "/1"), "agent")).isEqualTo(403);
        assertThat(status(post("/grading/" + others + "/1").param("points-0", "4"), "agent3")).isEqualTo(403);

        assertThat(DatabaseFingerprint.changes(before, database.take())).isEmpty();
        assertThat(jdbc.sql("SELECT score FROM attempt_question WHERE attempt_id IN (?, ?)")
                .params(own, Long.parseLong(others)).query(Double.class).list()).containsOnlyNulls();
    }

    @Test
    void noOneButTheCandidateChangesARunningAttemptNotEvenAnAdministrator() throws Exception {
        String attempt = samples.get("openAttempt");
        Map<String, String> before = database.take();

        for (String other : List.of("admin", "hr", "supervisor")) {
            assertThat(status(post("/attempts/" + attempt + "/answers/1").param("answer", "0").param("sequence", "9"), other))
                    .as(other).isEqualTo(404);
            assertThat(status(post("/attempts/" + attempt + "/questions/1").param("answer", "0").param("go", "2"), other))
                    .as(other).isEqualTo(404);
            assertThat(status(post("/attempts/" + attempt + "/submit"), other)).as(other).isEqualTo(404);
            assertThat(status(get("/attempts/" + attempt + "/state"), other)).as(other).isEqualTo(404);
        }

        assertThat(DatabaseFingerprint.changes(before, database.take())).isEmpty();
    }

    @Test
    void notificationsAreReadAndMarkedReadOnlyByTheirOwner() throws Exception {
        notifications.tell(id("agent"), "TEST", "notification.certificate.revoked", List.of("Liu private notice", "", "why"),
                null, null);
        notifications.tell(id("agent2"), "TEST", "notification.certificate.revoked", List.of("Zhao notice", "", "why"),
                null, null);

        assertThat(page(get("/notifications"), "agent2")).contains("Zhao notice").doesNotContain("Liu private notice");
        mvc.perform(post("/notifications/read").param("personId", samples.get("agent")).with(csrf())
                .with(user(accounts.loadUserByUsername("agent2"))).header("Accept-Language", "en"));

        assertThat(notifications.unreadCount(id("agent"))).isEqualTo(1);
        assertThat(notifications.unreadCount(id("agent2"))).isZero();
    }

    @Test
    void accountSettingsChangeOnlyTheSignedInPersonWhateverTheFormNames() throws Exception {
        jdbc.sql("UPDATE person SET mail_digest = FALSE WHERE username IN ('agent', 'agent2')").update();

        mvc.perform(post("/account/mail").param("digest", "true").param("id", samples.get("agent"))
                .param("personId", samples.get("agent")).param("username", "agent").with(csrf())
                .with(user(accounts.loadUserByUsername("agent2"))).header("Accept-Language", "en"));

        assertThat(jdbc.sql("SELECT mail_digest FROM person WHERE username = 'agent'").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT mail_digest FROM person WHERE username = 'agent2'").query(Boolean.class).single()).isTrue();
        assertThat(page(get("/account"), "agent2")).contains("Zhao Lei").doesNotContain("Liu Yang");
        assertThat(status(get("/people/" + samples.get("agent")), "agent2")).isEqualTo(403);
    }

    @Test
    void anotherPersonsPromotionApplicationIsHiddenAndCannotBeMoved() throws Exception {
        String application = samples.get("application");
        String agent = samples.get("agent");
        Map<String, String> before = database.take();

        assertThat(status(get("/career/applications/" + application), "agent2")).isEqualTo(404);
        assertThat(status(post("/career/applications/" + application + "/withdraw"), "agent2")).isEqualTo(403);
        assertThat(status(get("/career/applications/" + application), "supervisor2")).isEqualTo(404);
        assertThat(status(post("/career/applications/" + application + "/review").param("recommend", "true"), "supervisor2"))
                .isEqualTo(403);
        assertThat(status(post("/career/applications/" + application + "/decision").param("approve", "true"), "supervisor"))
                .isEqualTo(403);
        assertThat(status(get("/career/people/" + agent), "supervisor2")).isEqualTo(404);
        assertThat(status(get("/career/people/" + agent), "agent2")).isEqualTo(404);
        assertThat(status(post("/career/people/" + agent + "/nominate").param("level", RouteSamples.LEVEL), "supervisor2"))
                .isEqualTo(403);
        assertThat(status(post("/career/people/" + agent + "/level").param("level", RouteSamples.LEVEL)
                .param("reason", "x".repeat(1001)), "hr")).isEqualTo(403);

        assertThat(DatabaseFingerprint.changes(before, database.take())).isEmpty();
        assertThat(jdbc.sql("SELECT state FROM promotion_application WHERE id = ?").param(Long.parseLong(application))
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void supervisorsSeeTheirOwnTeamOnlyWhateverTeamTheAddressNames() throws Exception {
        String teamA = samples.get("team");

        assertThat(page(get("/career/applications"), "supervisor")).contains("Liu Yang");
        assertThat(page(get("/career/applications"), "supervisor2")).doesNotContain("Liu Yang");
        assertThat(page(get("/career/eligibility").param("all", "true").param("team", teamA), "supervisor2"))
                .contains("Zhou Ting").doesNotContain("Liu Yang").doesNotContain("Zhao Lei");
        assertThat(page(get("/career/eligibility.csv").param("all", "true").param("team", teamA), "supervisor2"))
                .contains("Zhou Ting").doesNotContain("Liu Yang");
        assertThat(page(get("/kpis/team").param("team", teamA), "supervisor2"))
                .contains("Zhou Ting").doesNotContain("Liu Yang");
        assertThat(status(get("/kpis/people/" + samples.get("agent") + "/history.csv"), "supervisor2")).isEqualTo(403);
    }

    @Test
    void moduleFeedbackAndCohortMembersAreReachedOnlyThroughTheirOwnIds() throws Exception {
        assertThat(page(get("/feedback"), "agent")).contains("A typo in the table");
        assertThat(page(get("/feedback"), "agent2")).doesNotContain("A typo in the table");
        Map<String, String> before = database.take();

        assertThat(status(post("/authoring/feedback/" + samples.get("feedback")).param("status", "DECLINED")
                .param("answer", "No"), "agent2")).isEqualTo(403);
        assertThat(status(get("/cohorts/" + samples.get("cohort") + "/members/" + id("agent2")), "trainer")).isEqualTo(404);
        assertThat(status(get("/cohorts/" + samples.get("cohort") + "/members/" + id("agent")), "agent")).isEqualTo(403);

        assertThat(DatabaseFingerprint.changes(before, database.take())).isEmpty();
    }

    private int status(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.loadUserByUsername(username)))
                .header("Accept-Language", "en")).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(accounts.loadUserByUsername(username)))
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(response.getStatus()).as(username).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String username) {
        return jdbc.sql("SELECT id FROM person WHERE username = ?").param(username).query(Long.class).single();
    }
}

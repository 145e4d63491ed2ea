package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.agentacademy.security.StoredTime;
import com.agentacademy.support.MutableClock;

/**
 * Each audited kind of action writes exactly one entry, with who did it, the kind, the time in UTC
 * and the client's address (the system's own jobs: no one and no address). The entries cannot be
 * changed or deleted through the application's own database connection, and text typed by users
 * (a user name, a file name) cannot forge a line in the stored entry, the page or the download.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:audit-coverage;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCoverageTests {

    static final Instant NOW = Instant.parse("2026-11-24T01:00:00.123Z");
    static final String ADDRESS = "203.0.113.7";
    static final String FORGED_NAME = "x\r\nSIGNED_IN admin";
    static final Path CONTENT = ExamFixtures.contentFolder("audit-coverage");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> CONTENT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> CONTENT.resolve("courses").toString());
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    record Entry(long id, Instant at, Long actorId, String kind, String subject, String details, String address) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    UserDetailsService people;

    @Autowired
    ExamImport examImport;

    @Autowired
    AttemptSweeper sweeper;

    @Autowired
    EssayGrading essays;

    long mark;

    @BeforeAll
    void importExams() {
        assertThat(examImport.importAll().problems()).isEmpty();
    }

    @BeforeEach
    void markTheLog() {
        clock.set(NOW);
        jdbc.sql("DELETE FROM attempt_answer").update();
        jdbc.sql("DELETE FROM attempt_question").update();
        jdbc.sql("DELETE FROM grade_change").update();
        jdbc.sql("DELETE FROM exam_attempt").update();
        mark = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
    }

    @Test
    void aSignInIsOneEntryOfThePersonWithTheirAddress() throws Exception {
        mvc.perform(signIn("agent", "demo-academy-2026"));

        Entry entry = only("SIGNED_IN");
        assertThat(entry.actorId()).isEqualTo(id("agent"));
        assertThat(entry.address()).isEqualTo(ADDRESS);
        assertThat(entry.at()).isEqualTo(NOW);
    }

    @Test
    void aFailedSignInKeepsTheTypedNameOnOneLineAndNeverThePassword() throws Exception {
        mvc.perform(signIn(FORGED_NAME, "not-the-password-42"));

        Entry entry = only("SIGN_IN_FAILED");
        assertThat(entry.actorId()).isNull();
        assertThat(entry.subject()).isEqualTo("username:x\u21B5SIGNED_IN admin").doesNotContain("\r").doesNotContain("\n");
        assertThat(entry.subject() + entry.details()).doesNotContain("not-the-password-42");
        assertThat(entry.address()).isEqualTo(ADDRESS);
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(kindsSinceMark()).containsExactly("SIGN_IN_FAILED");
    }

    @Test
    void aRefusedRequestIsOneEntryWithWhoAndWhere() throws Exception {
        mvc.perform(get("/audit").with(as("agent")).with(from(ADDRESS))).andExpect(status().isForbidden());

        Entry entry = only("ACCESS_DENIED");
        assertThat(entry.actorId()).isEqualTo(id("agent"));
        assertThat(entry.subject()).isEqualTo("GET /audit");
        assertThat(entry.address()).isEqualTo(ADDRESS);
        assertThat(entry.at()).isEqualTo(NOW);
    }

    @Test
    void aMissingCsrfTokenIsARefusalToo() throws Exception {
        mvc.perform(post("/account/mail").param("digest", "true").cookie(signedIn("agent")).with(from(ADDRESS)))
                .andExpect(status().isForbidden());

        assertThat(only("ACCESS_DENIED").subject()).isEqualTo("POST /account/mail");
    }

    @Test
    void startingAndSubmittingAnExamAreOneEntryEach() throws Exception {
        long attempt = start("agent");
        Entry started = only("EXAM_STARTED");
        clock.advance(Duration.ofMinutes(3));

        mvc.perform(post("/attempts/" + attempt + "/submit").with(csrf()).with(as("agent")).with(from(ADDRESS)))
                .andExpect(status().is3xxRedirection());

        Entry submitted = only("EXAM_SUBMITTED");
        assertThat(started.actorId()).isEqualTo(id("agent"));
        assertThat(started.subject()).isEqualTo("attempt:" + attempt);
        assertThat(started.address()).isEqualTo(ADDRESS);
        assertThat(started.at()).isEqualTo(NOW);
        assertThat(submitted.actorId()).isEqualTo(id("agent"));
        assertThat(submitted.details()).startsWith("finished, by PERSON");
        assertThat(submitted.address()).isEqualTo(ADDRESS);
        assertThat(submitted.at()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
    }

    @Test
    void theSweepersAutomaticFinishIsTheSystemsEntryWithoutAnAddress() throws Exception {
        long attempt = start("agent2");
        clock.advance(Duration.ofMinutes(45));

        sweeper.sweep();

        Entry entry = only("EXAM_CLOSED_BY_SWEEPER");
        assertThat(entry.actorId()).isNull();
        assertThat(entry.address()).isNull();
        assertThat(entry.subject()).isEqualTo("attempt:" + attempt);
        assertThat(entry.details()).startsWith("finished, by SWEEPER");
        assertThat(entry.at()).isEqualTo(NOW.plus(Duration.ofMinutes(45)));
    }

    @Test
    void gradingAnEssayAndRegradingAQuestionAreOneEntryEach() throws Exception {
        long attempt = start("agent3");
        mvc.perform(post("/attempts/" + attempt + "/submit").with(csrf()).with(as("agent3")))
                .andExpect(status().is3xxRedirection());
        int position = jdbc.sql("""
                SELECT q.position FROM attempt_question q JOIN exam_question e ON e.id = q.question_id
                WHERE q.attempt_id = ? AND e.type = 'ESSAY' ORDER BY q.position""").param(attempt).query(Integer.class)
                .list().get(0);
        int criteria = essays.rubricOf(jdbc.sql("SELECT exam_id FROM exam_attempt WHERE id = ?").param(attempt)
                .query(Long.class).single()).size();
        MockHttpServletRequestBuilder grade = post("/grading/" + attempt + "/" + position).with(csrf()).with(as("qa"))
                .with(from(ADDRESS));
        for (int i = 0; i < criteria; i++) {
            grade.param("points-" + i, "1");
        }
        mvc.perform(grade).andExpect(status().is3xxRedirection());
        long trueFalse = jdbc.sql("SELECT id FROM exam_question WHERE type = 'TRUEFALSE' AND exam_id = "
                + "(SELECT id FROM exam WHERE slug = 'quiz-auto') ORDER BY id").query(Long.class).list().get(0);
        mvc.perform(post("/exams/banks/quiz-auto/questions/" + trueFalse + "/regrade").with(csrf()).with(as("trainer"))
                .with(from(ADDRESS))).andExpect(status().is3xxRedirection());

        Entry graded = only("ESSAY_GRADED");
        Entry regraded = only("REGRADED");
        assertThat(graded.actorId()).isEqualTo(id("qa"));
        assertThat(graded.subject()).isEqualTo("attempt:" + attempt);
        assertThat(graded.address()).isEqualTo(ADDRESS);
        assertThat(graded.at()).isEqualTo(NOW);
        assertThat(regraded.actorId()).isEqualTo(id("trainer"));
        assertThat(regraded.subject()).isEqualTo("question:" + trueFalse);
        assertThat(regraded.details()).matches("revision \\d+, \\d+ answers, \\d+ scores changed in \\d+ attempts");
        assertThat(regraded.address()).isEqualTo(ADDRESS);
    }

    @Test
    void aRoleChangeByHrIsOneEntry() throws Exception {
        long agent5 = id("agent5");
        mvc.perform(post("/people/" + agent5).with(csrf()).with(as("hr")).with(from(ADDRESS))
                .param("username", "agent5").param("employeeNumber", "E2003").param("displayName", "Agent Five")
                .param("email", "agent5@example.test").param("roles", "AGENT").param("roles", "QA"))
                .andExpect(status().is3xxRedirection());

        Entry entry = only("ROLES_CHANGED");
        assertThat(entry.actorId()).isEqualTo(id("hr"));
        assertThat(entry.subject()).isEqualTo("person:" + agent5);
        assertThat(entry.details()).startsWith("[AGENT] -> [AGENT, QA]");
        assertThat(entry.address()).isEqualTo(ADDRESS);
    }

    @Test
    void importsOfPeopleCoursesAndExamBanksAreOneEntryEach() throws Exception {
        mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "hires\r\nSIGNED_IN.csv", "text/csv",
                "name,employee_number,email,team,roles\nNew Hire,AC001,ac@example.test,,AGENT\n"
                        .getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as("hr")).with(from(ADDRESS)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/authoring/import").with(csrf()).with(as("trainer")).with(from(ADDRESS)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/exams/banks/quiz-auto/import").file(new MockMultipartFile("file", "extra.gift",
                "text/plain", "::Extra:: The sky is blue. {T}\n".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(as("trainer")).with(from(ADDRESS))).andExpect(status().is3xxRedirection());

        Entry people = only("PEOPLE_IMPORT");
        Entry courses = only("COURSE_IMPORT");
        Entry bank = only("EXAM_BANK_IMPORT");
        assertThat(people.actorId()).isEqualTo(id("hr"));
        // the file name comes without its line break: an uploaded name is kept to its printable characters
        assertThat(people.details()).isEqualTo("file=hiresSIGNED_IN.csv; created=1");
        assertThat(courses.actorId()).isEqualTo(id("trainer"));
        assertThat(bank.actorId()).isEqualTo(id("trainer"));
        assertThat(bank.details()).contains("added=1");
        assertThat(List.of(people.address(), courses.address(), bank.address())).containsOnly(ADDRESS);
    }

    @Test
    void downloadsAreOneEntryEach() throws Exception {
        mvc.perform(get("/exams/banks/quiz-auto/export.gift").with(as("trainer")).with(from(ADDRESS)))
                .andExpect(status().isOk());
        Entry gift = only("EXPORT");
        mark = gift.id();
        mvc.perform(get("/career/eligibility.csv").with(as("hr")).with(from(ADDRESS))).andExpect(status().isOk());
        Entry csv = only("EXPORT");
        mark = csv.id();
        mvc.perform(get("/career/eligibility.xlsx").with(as("hr")).with(from(ADDRESS))).andExpect(status().isOk());
        Entry xlsx = only("EXPORT");

        assertThat(gift.subject()).isEqualTo("exam-bank:quiz-auto");
        assertThat(csv.details()).startsWith("csv");
        assertThat(xlsx.details()).startsWith("xlsx");
        assertThat(List.of(gift.address(), csv.address(), xlsx.address())).containsOnly(ADDRESS);
        assertThat(xlsx.actorId()).isEqualTo(id("hr"));
    }

    @Test
    void theApplicationsOwnConnectionCannotChangeOrDeleteAnEntry() throws Exception {
        mvc.perform(get("/audit").with(as("agent"))).andExpect(status().isForbidden());
        long id = only("ACCESS_DENIED").id();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET kind = 'NOTHING' WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(only("ACCESS_DENIED").kind()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void aForgedLineShowsAsOneEntryOnThePageAndInTheDownload() throws Exception {
        mvc.perform(signIn(FORGED_NAME, "whatever-it-was-1"));
        long id = only("SIGN_IN_FAILED").id();

        var page = Jsoup.parse(mvc.perform(get("/audit?kind=SIGN_IN_FAILED").with(as("admin"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        String csv = mvc.perform(get("/audit.csv?kind=SIGN_IN_FAILED").with(as("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page.select("#entry-" + id + " .subject").text()).isEqualTo("username:x\u21B5SIGNED_IN admin");
        assertThat(page.select("#audit-entries tbody tr .kind").eachText()).as("the forged kind is no entry of its own")
                .isNotEmpty().containsOnly("SIGN_IN_FAILED");
        int failures = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'SIGN_IN_FAILED'").query(Integer.class)
                .single();
        assertThat(csv.lines()).as("a header and one line per entry").hasSize(failures + 1);
        int forged = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject = ?")
                .param("username:x\u21B5SIGNED_IN admin").query(Integer.class).single();
        assertThat(csv.lines().filter(line -> line.contains("SIGNED_IN admin"))).as("one line per forged attempt")
                .hasSize(forged)
                .allSatisfy(line -> assertThat(line).contains(",SIGN_IN_FAILED,username:x\u21B5SIGNED_IN admin,"));
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(ADDRESS));
    }

    private long start(String username) throws Exception {
        mvc.perform(post("/exams/quiz-auto/start").with(csrf()).with(as(username)).with(from(ADDRESS)))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT MAX(id) FROM exam_attempt WHERE person_id = ?").param(id(username)).query(Long.class)
                .single();
    }

    /** The one entry of this kind since the test began. */
    private Entry only(String kind) {
        List<Entry> entries = jdbc.sql("SELECT id, occurred_at, actor_id, kind, subject, details, client_address "
                + "FROM audit_event WHERE id > ? AND kind = ? ORDER BY id").params(mark, kind)
                .query((rs, row) -> new Entry(rs.getLong(1), StoredTime.instant(rs, 2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        assertThat(entries).as("entries of kind " + kind).hasSize(1);
        return entries.get(0);
    }

    private List<String> kindsSinceMark() {
        return jdbc.sql("SELECT kind FROM audit_event WHERE id > ? ORDER BY id").param(mark).query(String.class).list();
    }

    private long id(String username) {
        return jdbc.sql("SELECT id FROM person WHERE username = ?").param(username).query(Long.class).single();
    }

    /** The session cookie of a real sign-in: the refusal happens before the person is looked up. */
    private Cookie signedIn(String username) throws Exception {
        Cookie session = mvc.perform(signIn(username, "demo-academy-2026")).andReturn().getResponse().getCookie("SESSION");
        mark = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single(); // past the sign-in's own entry
        return session;
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}

package com.agentacademy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.people.TemporaryPasswordShown;
import com.agentacademy.exam.ExamAttemptGraded;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.exam.GradedAttempts;
import com.agentacademy.support.MutableClock;

/**
 * Cohorts through their pages: created from a new-hire CSV (accounts made for new hires, nothing
 * stored when a row is bad), the trainer's board with progress, pace, scores, at-risk reasons and
 * go-live readiness, a moved start and a late joiner, the export, the member's "this week", and who
 * may open a board.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=true",
        "spring.datasource.url=jdbc:h2:mem:onboarding-cohorts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class CohortTests {

    /** Thursday 12 March 2026, in the second week of a cohort that started on Monday 2 March. */
    static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    static final Path ROOT = OnboardingFixture.write("cohorts");
    static final String HEADER = "name,employee_number,email,team,roles\n";

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
            return new MutableClock(NOW);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CohortProgress progress;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void clean() {
        clock.set(NOW);
        for (String table : List.of("onboarding_notice", "cohort_member", "cohort", "certificate_reminder",
                "certificate", "attempt_answer", "attempt_question", "exam_attempt", "module_progress", "audit_event")) {
            // the application itself cannot DELETE audit entries (append-only trigger)
            jdbc.sql((table.equals("audit_event") ? "TRUNCATE TABLE " : "DELETE FROM ") + table).update();
        }
    }

    @Test
    void hrCreatesACohortFromACsvAccountsAreMadeForNewHiresAndExistingPeopleAreAddedAsTheyAre() throws Exception {
        String csv = HEADER + "Gao Yuan 高远,N3001,gao.yuan@example.com,Team A · 一组,\n" + "Liu Yang 刘洋,E1001,,,\n";

        MvcResult result = mvc.perform(newCohort("hr", "March new hires", csv)).andExpect(redirectedUrlPattern("/cohorts/*"))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<TemporaryPasswordShown> created = (List<TemporaryPasswordShown>) result.getFlashMap().get("created");
        assertThat(created).singleElement().satisfies(account -> {
            assertThat(account.getUsername()).isEqualTo("n3001");
            assertThat(account.getPassword()).isNotBlank();
        });
        assertThat(members(cohortId("March new hires"))).containsExactlyInAnyOrder(id("n3001"), id("agent"));
        assertThat(jdbc.sql("SELECT must_change_password FROM person WHERE username = 'n3001'").query(Boolean.class)
                .single()).isTrue();
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(person("hr"))))
                .andExpect(content().string(containsString("Gao Yuan 高远")))
                .andExpect(content().string(containsString("Liu Yang 刘洋")));
    }

    @Test
    void aFileWithABadRowStoresNothingAndNamesEveryBadRow() throws Exception {
        long peopleBefore = count("person");
        String csv = HEADER + "Good Row,N4001,good@example.com,,\n" + "Bad Mail,N4002,not-an-address,,\n"
                + "No Team,N4003,team@example.com,Team Z,\n" + "Twice,N4001,twice@example.com,,\n";

        mvc.perform(newCohort("hr", "Rejected cohort", csv)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was stored from hires.csv: 3 problems to fix.")))
                .andExpect(content().string(containsString("Row 3: the e-mail address “not-an-address” is not valid.")))
                .andExpect(content().string(containsString("Row 4: there is no team “Team Z”.")))
                .andExpect(content().string(containsString("Row 5: the employee number N4001 appears more than once")))
                .andExpect(content().string(containsString("value=\"Rejected cohort\"")));

        assertThat(count("cohort")).isZero();
        assertThat(count("person")).isEqualTo(peopleBefore);
    }

    @Test
    void aTrainerMayImportOnlyPeopleWhoHaveAnAccount() throws Exception {
        mvc.perform(newCohort("trainer", "Trainer's cohort", HEADER + "New Person,N5001,new@example.com,,\n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Row 2: nobody has the employee number N5001")));
        assertThat(count("cohort")).isZero();

        mvc.perform(newCohort("trainer", "Trainer's cohort", HEADER + "Zhao Lei,E1002,,,\n"))
                .andExpect(redirectedUrlPattern("/cohorts/*"));
        assertThat(members(cohortId("Trainer's cohort"))).containsExactly(id("agent2"));
    }

    @Test
    void onlyHrTrainersAndAdministratorsOpenCohorts() throws Exception {
        long cohort = cohortOf("agent2");

        mvc.perform(get("/cohorts/" + cohort).with(user(person("agent2")))).andExpect(status().isForbidden());
        mvc.perform(get("/cohorts").with(user(person("agent")))).andExpect(status().isForbidden());
        mvc.perform(newCohort("agent", "Mine", HEADER)).andExpect(status().isForbidden());
        mvc.perform(get("/cohorts/" + cohort)).andExpect(status().isFound());
        mvc.perform(get("/cohorts/" + cohort).with(user(person("trainer")))).andExpect(status().isOk());
        mvc.perform(get("/cohorts/" + cohort).with(user(person("admin")))).andExpect(status().isOk());
        mvc.perform(get("/cohorts/" + (cohort + 100)).with(user(person("trainer")))).andExpect(status().isNotFound());
    }

    @Test
    void theBoardShowsProgressPaceScoresAtRiskReasonsAndGoLiveReadiness() throws Exception {
        long cohort = cohortOf("agent2", "agent3");
        read("agent2", "welcome", "2026-03-04T03:00:00Z");
        read("agent2", "products", "2026-03-05T03:00:00Z");
        long quiz = attempt("agent2", "quick-auto", true, 100, "2026-03-06T03:00:00Z");
        long advanced = attempt("agent2", "advanced-auto", true, 90, "2026-03-11T03:00:00Z");
        certify(quiz, "agent2", "quick-auto", "quiz");
        certify(advanced, "agent2", "advanced-auto", "advanced");
        attempt("agent3", "quick-auto", false, 40, "2026-03-10T03:00:00Z");
        attempt("agent3", "quick-auto", false, 50, "2026-03-11T03:00:00Z");

        String board = mvc.perform(get("/cohorts/" + cohort).with(user(person("trainer"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String zhao = row(board, "agent2");
        String sun = row(board, "agent3");
        assertThat(zhao).contains("4 of 6 done").contains("On track").contains("Quick quiz").contains("100% (1 attempt)")
                .doesNotContain("At risk");
        assertThat(sun).contains("0 of 6 done").contains("4 working days behind").contains("50% (2 attempts)")
                .contains("4 working days behind schedule").contains("failed “Quick quiz” 2 times");
        assertThat(board).contains("1 of 2 hold a valid go-live certificate");
        assertThat(board.substring(board.indexOf("id=\"go-live-ready\""))).contains("Ready to go live");
        mvc.perform(get("/cohorts/" + cohort + "/members/" + id("agent2")).with(user(person("trainer"))))
                .andExpect(content().string(containsString("Advanced quiz, Quiz")));
    }

    @Test
    void progressOverTimeComparesWhatWasDueWithWhatWasDoneAtTheEndOfEachWeek() throws Exception {
        long cohort = cohortOf("agent2", "agent3");
        read("agent2", "welcome", "2026-03-04T03:00:00Z");
        read("agent2", "products", "2026-03-05T03:00:00Z");
        attempt("agent2", "quick-auto", true, 100, "2026-03-06T03:00:00Z");
        attempt("agent2", "advanced-auto", true, 90, "2026-03-11T03:00:00Z");
        attempt("agent3", "quick-auto", false, 40, "2026-03-10T03:00:00Z");

        // Six items: week 1 has three (due Fri 6 March), week 2 one (due 13 March), week 3 two.
        // End of week 1: half the plan due; agent2 did 3 of 6, agent3 none: (50 + 0) / 2 = 25 %.
        // Today (Thursday 12 March): still half due; agent2 4 of 6 = 66.7 %, agent3 0: 33.3 %.
        var chart = progress.overTime(cohort, java.util.Locale.ENGLISH).orElseThrow();
        assertThat(chart.labels()).containsExactly("Week 1 (2026-03-06)", "Week 2 (2026-03-12)");
        assertThat(List.<Object>copyOf(chart.series().get(0).values())).containsExactly(50.0, 50.0);
        assertThat(List.<Object>copyOf(chart.series().get(1).values())).containsExactly(25.0, 33.3);

        String csv = mvc.perform(get("/cohorts/" + cohort + "/progress.csv").with(user(person("trainer"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Week 1 (2026-03-06)");
        mvc.perform(get("/cohorts/" + cohort + "/progress.csv").with(user(person("agent"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCertificationMatrixFiltersByCohort() throws Exception {
        long cohort = cohortOf("agent2", "agent3");

        String matrix = mvc.perform(get("/certifications").param("cohort", String.valueOf(cohort))
                .with(user(person("hr")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var page = org.jsoup.Jsoup.parse(matrix);
        assertThat(page.select("#certification-matrix tbody tr > th").eachText())
                .containsExactlyInAnyOrder("Zhao Lei 赵磊", "Sun Yue 孙悦");
        assertThat(page.select("#group-cohort option[selected]").text()).isEqualTo("Cohort of agent2, agent3");
        assertThat(page.select("input[type=hidden][name=cohort]").attr("value"))
                .as("changing the days keeps the cohort").isEqualTo(String.valueOf(cohort));
    }

    @Test
    void movingTheStartMovesEveryDueDateAndALateJoinerStartsOnTheDayTheyJoin() throws Exception {
        long cohort = cohortOf("agent3");

        mvc.perform(post("/cohorts/" + cohort).param("name", "Moved").param("program", "starter-program")
                .param("startDate", "2026-03-09").param("trainerId", String.valueOf(id("trainer")))
                .with(user(person("trainer"))).with(csrf())).andExpect(status().isFound());
        mvc.perform(post("/cohorts/" + cohort + "/members").param("memberIds", String.valueOf(id("agent5")))
                .param("joinedOn", "2026-03-11").with(user(person("trainer"))).with(csrf())).andExpect(status().isFound());

        mvc.perform(get("/cohorts/" + cohort + "/members/" + id("agent3")).with(user(person("trainer"))))
                .andExpect(content().string(containsString("2026-03-09 to 2026-03-13")))
                .andExpect(content().string(containsString("On track")));
        mvc.perform(get("/cohorts/" + cohort + "/members/" + id("agent5")).with(user(person("trainer"))))
                .andExpect(content().string(containsString("2026-03-11 to 2026-03-17")))
                .andExpect(content().string(containsString("2026-03-25 to 2026-03-31")));
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE kind = 'COHORT_CHANGED'").query(String.class).single())
                .contains("start 2026-03-02 -> 2026-03-09");
    }

    @Test
    void aMemberSeesThisWeekOnTheHomePageAndTheBoardDownloads() throws Exception {
        long cohort = cohortOf("agent2");
        read("agent2", "calls", "2026-03-11T03:00:00Z");

        mvc.perform(get("/").with(user(person("agent2"))))
                .andExpect(content().string(containsString("This week in your onboarding")))
                .andExpect(content().string(containsString("Week 2")))
                .andExpect(content().string(containsString("Your first calls")))
                .andExpect(content().string(containsString("One earlier week is still open.")));
        mvc.perform(get("/").with(user(person("agent4")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("This week in your onboarding"))));
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        mvc.perform(get("/").with(user(person("agent2")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("This week in your onboarding"))));
        clock.set(NOW);

        String csv = mvc.perform(get("/cohorts/" + cohort + "/export").param("format", "csv")
                .with(user(person("hr")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Member,Employee number,Own start").contains("Zhao Lei").contains("2026-03-02");
        assertThat(count("audit_event WHERE kind = 'EXPORT'")).isEqualTo(1);
    }

    @Test
    void aCohortAMonthPastItsLastDueDateIsListedAsFinished() throws Exception {
        cohortOf("agent2");
        mvc.perform(post("/cohorts").param("name", "Last year").param("program", "starter-program")
                .param("startDate", "2025-06-02").param("trainerId", String.valueOf(id("trainer")))
                .param("memberIds", String.valueOf(id("agent3"))).with(user(person("hr"))).with(csrf()))
                .andExpect(redirectedUrlPattern("/cohorts/*"));

        String list = mvc.perform(get("/cohorts").with(user(person("trainer")))).andReturn().getResponse()
                .getContentAsString();

        assertThat(list.substring(list.indexOf("id=\"cohort-list\""), list.indexOf("id=\"finished-cohorts\"")))
                .contains("Cohort of agent2").doesNotContain("Last year");
        assertThat(list.substring(list.indexOf("id=\"finished-cohorts\""))).contains("Last year")
                .contains("started 2025-06-02, one member");
    }

    private RequestBuilder newCohort(String actor,
            String name, String csv) {
        return multipart("/cohorts").file(new MockMultipartFile("file", "hires.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("name", name).param("program", "starter-program")
                .param("startDate", "2026-03-02").param("trainerId", String.valueOf(id("trainer")))
                .with(user(person(actor))).with(csrf());
    }

    /** A cohort of the starter program from Monday 2 March with these members picked. */
    private long cohortOf(String... usernames) throws Exception {
        var request = post("/cohorts").param("name", "Cohort of " + String.join(", ", usernames))
                .param("program", "starter-program").param("startDate", "2026-03-02")
                .param("trainerId", String.valueOf(id("trainer")));
        for (String username : usernames) {
            request.param("memberIds", String.valueOf(id(username)));
        }
        mvc.perform(request.with(user(person("hr"))).with(csrf())).andExpect(redirectedUrlPattern("/cohorts/*"));
        return cohortId("Cohort of " + String.join(", ", usernames));
    }

    /** The board's table row of one member. */
    private String row(String board, String username) {
        String start = "id=\"member-row-" + id(username) + "\"";
        int from = board.indexOf(start);
        return board.substring(from, board.indexOf("</tr>", from));
    }

    private void read(String username, String module, String at) {
        long revision = jdbc.sql("""
                SELECT r.id FROM module_revision r JOIN course_module m ON m.id = r.module_id
                WHERE m.slug = ? AND r.status = 'PUBLISHED' AND r.locale = 'en'""").param(module).query(Long.class)
                .single();
        long moduleId = jdbc.sql("SELECT id FROM course_module WHERE slug = ?").param(module).query(Long.class).single();
        LocalDateTime time = LocalDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO module_progress (person_id, module_id, completed_revision_id, completed_at, position_percent,
                    updated_at) VALUES (?, ?, ?, ?, 100, ?)""").params(id(username), moduleId, revision, time, time).update();
    }

    private long attempt(String username, String exam, boolean passed, double percent, String at) {
        return GradedAttempts.insert(jdbc, id(username), exam, passed, percent, Instant.parse(at));
    }

    private void certify(long attempt, String username, String exam, String certification) {
        transactions.executeWithoutResult(status -> events.publishEvent(new ExamAttemptGraded(attempt, id(username),
                exam, certification, true, 90, clock.instant())));
    }

    private long cohortId(String name) {
        return jdbc.sql("SELECT id FROM cohort WHERE name = ?").param(name).query(Long.class).single();
    }

    private List<Long> members(long cohort) {
        return jdbc.sql("SELECT person_id FROM cohort_member WHERE cohort_id = ?").param(cohort).query(Long.class).list();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long id(String username) {
        return person(username).personId();
    }

    private SignedInPerson person(String username) {
        return (SignedInPerson) people.loadUserByUsername(username);
    }
}

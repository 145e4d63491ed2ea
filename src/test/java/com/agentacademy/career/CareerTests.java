package com.agentacademy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.exam.ExamAttemptGraded;
import com.agentacademy.exam.ExamFixtures;
import com.agentacademy.exam.GradedAttempts;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.people.Role;
import com.agentacademy.support.MutableClock;
import com.agentacademy.support.SiteClient;

/**
 * The ladder's rules with a fixed clock: each requirement kind, the application refused with its
 * reasons, the workflow's state machine (double approval, stale eligibility), and a promotion's new
 * roles working on the person's next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.content.import-on-startup=true", "academy.career.ladder-file=classpath:career/test-ladder.yml",
        "spring.datasource.url=jdbc:h2:mem:career;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class CareerTests {

    static final Instant START = Instant.parse("2026-11-24T01:00:00Z");
    static final Path ROOT = ExamFixtures.contentFolder("career");
    static final String PASSWORD = "demo-academy-2026";

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

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Eligibility eligibility;

    @Autowired
    Ladder ladder;

    @Autowired
    Placements placements;

    @Autowired
    Promotions promotions;

    @Autowired
    EligibilityBoard board;

    @Autowired
    PeopleDirectory people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void startAgain() {
        clock.set(START);
        jdbc.sql("DELETE FROM promotion_application").update();
    }

    @Test
    void tenureCountsWholeMonthsOnTheCurrentLevelAndSaysWhenItIsMet() {
        PersonSummary agent = place("agent3", "junior-agent", START.minus(Duration.ofDays(62)));

        Eligibility.Check tenure = check(agent, "qa-specialist", Requirement.Kind.TENURE);
        assertThat(tenure.status()).isEqualTo(Eligibility.Status.UNMET);
        assertThat(tenure.evidence()).isEqualTo("Only 2 months on this level (since 2026-09-23); this is met on 2026-12-23.");
        assertThat(tenure.percent()).isEqualTo(66);

        clock.set(Instant.parse("2026-12-23T01:00:00Z"));
        assertThat(check(agent, "qa-specialist", Requirement.Kind.TENURE).status()).isEqualTo(Eligibility.Status.MET);
    }

    @Test
    void aCertificationCountsOnlyWhileItIsValid() {
        PersonSummary agent = place("agent2", "junior-agent", START.minus(Duration.ofDays(400)));
        assertThat(check(agent, "senior-agent", Requirement.Kind.CERTIFICATION).evidence())
                .isEqualTo("You do not hold this certificate yet.");

        pass(agent.id(), "quiz-auto", "quiz", START);

        Eligibility.Check valid = check(agent, "senior-agent", Requirement.Kind.CERTIFICATION);
        assertThat(valid.status()).isEqualTo(Eligibility.Status.MET);
        assertThat(valid.evidence()).isEqualTo("Valid until 2027-11-24.");

        clock.set(Instant.parse("2027-11-24T01:00:00Z"));
        Eligibility.Check ended = check(agent, "senior-agent", Requirement.Kind.CERTIFICATION);
        assertThat(ended.status()).isEqualTo(Eligibility.Status.UNMET);
        assertThat(ended.evidence()).isEqualTo("Your certificate ended on 2027-11-24: recertify.");
        assertThat(ended.link()).startsWith("/exams/quiz-");
    }

    @Test
    void theCapabilityAssessmentMustBeRecentEnough() {
        PersonSummary agent = place("agent4", "junior-agent", START.minus(Duration.ofDays(400)));
        assertThat(check(agent, "senior-agent", Requirement.Kind.ASSESSMENT).evidence()).isEqualTo("Not passed yet.");

        clock.set(START.minus(Duration.ofDays(400)));
        pass(agent.id(), "quiz-auto", "quiz", clock.instant());
        clock.set(START);

        Eligibility.Check old = check(agent, "senior-agent", Requirement.Kind.ASSESSMENT);
        assertThat(old.status()).isEqualTo(Eligibility.Status.UNMET);
        assertThat(old.evidence()).contains("Passed Quiz quiz-auto on 2025-10-20 with 90 %.")
                .contains("older than 12 months");
    }

    @Test
    void anIneligibleApplicationIsRefusedWithEveryUnmetRequirement() {
        PersonSummary agent = place("agent5", "junior-agent", START.minus(Duration.ofDays(30)));

        assertThatThrownBy(() -> promotions.apply(agent.id(), "senior-agent", "", Locale.ENGLISH))
                .isInstanceOfSatisfying(Promotions.NotEligible.class, refused -> assertThat(
                        CareerController.reasons(refused.standing()))
                        .containsExactly("Valid certificate: Quiz — You do not hold this certificate yet.",
                                "At least 6 months on your current level — Only 0 months on this level (since 2026-10-25); this is met on 2027-04-25.",
                                "Capability assessment: pass Quiz quiz-auto within the last 12 months — Not passed yet."));
        assertThat(promotions.openOf(agent.id())).isEmpty();
    }

    @Test
    void applicationMovesFromSupervisorToHrAndApprovalChangesLevelAndRolesOnce() {
        PersonSummary agent = place("agent", "junior-agent", START.minus(Duration.ofDays(200)));
        kpis(agent, "2026-09", 86, 88);
        PersonSummary supervisor = person("supervisor");
        PersonSummary otherTeamsSupervisor = person("supervisor2");
        PersonSummary hr = person("hr");

        PromotionApplication application = promotions.apply(agent.id(), "qa-specialist", "I score calls well", Locale.ENGLISH);
        assertThatThrownBy(() -> promotions.apply(agent.id(), "qa-specialist", "", Locale.ENGLISH))
                .hasMessage("career.refused.open-exists");
        assertThatThrownBy(() -> promotions.decide(hr, application.getId(), true, "", Locale.ENGLISH))
                .hasMessage("career.refused.not-recommended");
        assertThatThrownBy(() -> promotions.review(otherTeamsSupervisor, application.getId(), true, "fine"))
                .isInstanceOf(AccessDeniedException.class);

        promotions.review(supervisor, application.getId(), true, "Calibrated well in three sessions");
        assertThatThrownBy(() -> promotions.decide(supervisor, application.getId(), true, "", Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        promotions.decide(hr, application.getId(), true, "Welcome to QA", Locale.ENGLISH);

        assertThat(placements.of(person("agent")).orElseThrow().levelCode()).isEqualTo("qa-specialist");
        assertThat(person("agent").roles()).containsExactlyInAnyOrder(Role.AGENT, Role.QA);
        assertThat(promotions.find(application.getId()).getState()).isEqualTo(PromotionApplication.State.APPROVED);
        assertThatThrownBy(() -> promotions.decide(hr, application.getId(), true, "", Locale.ENGLISH))
                .hasMessage("career.refused.already-decided");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM level_change WHERE person_id = ? AND kind = 'PROMOTION'")
                .param(agent.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT kind FROM audit_event WHERE subject = ? ORDER BY id")
                .param("application:" + application.getId()).query(String.class).list())
                .containsExactly("PROMOTION_APPLIED", "PROMOTION_RECOMMENDED", "PROMOTION_APPROVED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key = ? AND link = ?")
                .params(supervisor.id(), "notification.career.approved", "/career/applications/" + application.getId())
                .query(Integer.class).single()).isEqualTo(1);
        place("agent", "junior-agent", START.minus(Duration.ofDays(200)));
    }

    @Test
    void evidenceLostBetweenApplicationAndApprovalStopsTheApproval() {
        PersonSummary agent = place("agent2", "junior-agent", START.minus(Duration.ofDays(400)));
        pass(agent.id(), "quiz-auto", "quiz", START);
        PromotionApplication application = promotions.apply(agent.id(), "senior-agent", "", Locale.ENGLISH);
        promotions.review(person("supervisor"), application.getId(), true, "Ready");

        clock.set(Instant.parse("2027-12-01T01:00:00Z"));

        assertThatThrownBy(() -> promotions.decide(person("hr"), application.getId(), true, "", Locale.ENGLISH))
                .isInstanceOfSatisfying(Promotions.NotEligible.class, refused -> assertThat(
                        CareerController.reasons(refused.standing())).anyMatch(reason -> reason.startsWith("Valid certificate: Quiz")));
        assertThat(promotions.find(application.getId()).getState()).isEqualTo(PromotionApplication.State.RECOMMENDED);
        assertThat(placements.of(person("agent2")).orElseThrow().levelCode()).isEqualTo("junior-agent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'PROMOTION_REFUSED_STALE' AND subject = ?")
                .param("application:" + application.getId()).query(Integer.class).single()).isEqualTo(1);

        promotions.decide(person("hr"), application.getId(), false, "Recertify first, then apply again", Locale.ENGLISH);
        assertThat(promotions.find(application.getId()).getState()).isEqualTo(PromotionApplication.State.DECLINED);
    }

    @Test
    void thePromotedPersonHasTheNewPermissionsOnTheirNextRequest() throws Exception {
        kpis(place("agent3", "junior-agent", START.minus(Duration.ofDays(200))), "2026-09", 90, 91);
        var site = new SiteClient(port);
        site.signIn("agent3", PASSWORD);
        assertThat(site.get("/grading").statusCode()).isEqualTo(403);

        PromotionApplication application = promotions.apply(person("agent3").id(), "qa-specialist", "", Locale.ENGLISH);
        promotions.review(person("supervisor"), application.getId(), true, "");
        promotions.decide(person("hr"), application.getId(), true, "", Locale.ENGLISH);

        assertThat(site.get("/grading").statusCode()).isEqualTo(200);
        place("agent3", "junior-agent", START.minus(Duration.ofDays(200)));
        jdbc.sql("DELETE FROM person_role WHERE person_id = ? AND role = 'QA'").param(person("agent3").id()).update();
    }

    @Test
    void becomingEligibleIsToldOnceAndTheBoardKeepsTheReasons() {
        PersonSummary agent = place("agent4", "junior-agent", START.minus(Duration.ofDays(60)));
        kpis(agent, "2026-09", 86, 87, 88, 89);
        board.recompute(agent.id());
        jdbc.sql("DELETE FROM notification WHERE person_id = ?").param(agent.id()).update();
        assertThat(entry(agent, "qa-specialist").eligible()).isFalse();
        assertThat(entry(agent, "qa-specialist").unmet()).containsExactly(0);

        clock.set(Instant.parse("2027-01-01T01:00:00Z"));
        board.recompute(agent.id());
        board.recompute(agent.id());

        assertThat(entry(agent, "qa-specialist").eligible()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key = 'notification.career.eligible'")
                .param(agent.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void kpisAreAveragedOverTheLastMonthsWithFiguresBeforeThisMonth() {
        PersonSummary agent = place("agent2", "junior-agent", START.minus(Duration.ofDays(400)));
        LadderLevel level = new LadderLevel("kpi-check", "KPI check", "指标检查", LadderLevel.Track.LATERAL, 99,
                java.util.List.of("junior-agent"), java.util.Set.of(Role.AGENT), java.util.List.of(
                        Requirement.kpi(Measure.FIRST_CONTACT_RESOLUTION, new java.math.BigDecimal("85"), null, 3),
                        Requirement.kpi(Measure.HANDLE_TIME, new java.math.BigDecimal("300"), new java.math.BigDecimal("480"), 2)),
                clock);

        kpis(agent, "2026-09", 80, 88);
        var missing = eligibility.evaluate(agent, START.minus(Duration.ofDays(400)).atZone(ZoneOffset.UTC).toLocalDate(),
                level, false, Locale.ENGLISH).checks();
        assertThat(missing.get(0).evidence()).isEqualTo("Figures for 2 of the 3 months needed.");
        assertThat(missing.get(0).title())
                .isEqualTo("First-contact resolution at least 85 % (average of the last 3 months with figures)");

        kpis(agent, "2026-08", 90);
        kpis(agent, "2026-11", 40);
        var checks = eligibility.evaluate(agent, START.minus(Duration.ofDays(400)).atZone(ZoneOffset.UTC).toLocalDate(),
                level, false, Locale.ENGLISH).checks();
        assertThat(checks.get(0).status()).isEqualTo(Eligibility.Status.MET);
        assertThat(checks.get(0).evidence()).isEqualTo("Average 86.0 % over 2026-08 to 2026-10.");
        assertThat(checks.get(1).title())
                .isEqualTo("Average handle time (min:s) between 5:00 and 8:00 (average of the last 2 months with figures)");
        assertThat(checks.get(1).status()).isEqualTo(Eligibility.Status.MET);
        assertThat(checks.get(1).evidence()).isEqualTo("Average 6:30 over 2026-09 to 2026-10.");

        jdbc.sql("UPDATE kpi_month SET first_contact_resolution = 70, handle_time_seconds = 600 WHERE person_id = ? AND period = '2026-10'")
                .param(agent.id()).update();
        var below = eligibility.evaluate(agent, START.minus(Duration.ofDays(400)).atZone(ZoneOffset.UTC).toLocalDate(),
                level, false, Locale.ENGLISH).checks();
        assertThat(below.get(0).status()).isEqualTo(Eligibility.Status.UNMET);
        assertThat(below.get(0).evidence()).isEqualTo("Average 80.0 % over 2026-08 to 2026-10.");
        assertThat(below.get(1).status()).isEqualTo(Eligibility.Status.UNMET);
        assertThat(below.get(1).evidence()).isEqualTo("Average 8:15 over 2026-09 to 2026-10.");
    }

    @Test
    void hrEditsALevelInTheBrowserNamingTheBadRowAndEveryRevisionIsKept() throws Exception {
        var site = new SiteClient(port);
        site.signIn("hr", PASSWORD);
        site.post("/language", "lang=en", site.get("/").body());
        String page = site.get("/career/ladder/qa-specialist").body();
        String fields = "nameEn=QA+Specialist&nameZh=%E8%B4%A8%E6%A3%80%E4%B8%93%E5%91%98&track=MAIN&follows=junior-agent"
                + "&grants=AGENT&grants=QA&" + row(0, "TENURE", "", "3") + "&" + row(1, "KPI", "first-contact-resolution", "2")
                + "&requirements%5B1%5D.min=85&" + row(2, "SUPERVISOR_REVIEW", "", "");

        var refused = site.post("/career/ladder/qa-specialist", "version=" + version(page) + "&" + fields + "&"
                + row(3, "CERTIFICATION", "no-such-thing", "") + "&note=Ask+for+a+certificate", page);
        assertThat(refused.body()).contains("Requirement 4: unknown certification id.").contains("no-such-thing");
        assertThat(ladder.find("qa-specialist").orElseThrow().getRevision()).isEqualTo(1);

        site.post("/career/ladder/qa-specialist", "version=" + version(page) + "&" + fields + "&"
                + row(3, "CERTIFICATION", "quiz", "") + "&note=Ask+for+the+quiz+certificate", page);
        LadderLevel edited = ladder.find("qa-specialist").orElseThrow();
        assertThat(edited.getRevision()).isEqualTo(2);
        assertThat(edited.getRequirements()).extracting(Requirement::getKind).containsExactly(Requirement.Kind.TENURE,
                Requirement.Kind.KPI, Requirement.Kind.SUPERVISOR_REVIEW, Requirement.Kind.CERTIFICATION);
        assertThat(ladder.history("qa-specialist")).extracting(Ladder.Change::note)
                .containsExactly("Ask for the quiz certificate", "seeded from test-ladder.yml");
        assertThat(ladder.history("qa-specialist").get(0).snapshot()).contains("  - certification: quiz");

        String stale = site.post("/career/ladder/qa-specialist", "version=" + version(page) + "&" + fields
                + "&note=Someone+else+saved+first", page).body();
        assertThat(stale).contains("Someone else changed this level meanwhile");

        var agent = new SiteClient(port);
        agent.signIn("agent", PASSWORD);
        assertThat(agent.get("/career/ladder/qa-specialist").statusCode()).isEqualTo(403);

        String current = site.get("/career/ladder/qa-specialist").body();
        site.post("/career/ladder/qa-specialist", "version=" + version(current) + "&" + fields + "&note=Back+as+before",
                current);
        assertThat(ladder.find("qa-specialist").orElseThrow().getRequirements()).hasSize(3);
    }

    @Test
    void onlyAnAdministratorCorrectsALevelAndOnlyWithAReason() {
        PersonSummary agent = place("agent2", "junior-agent", START.minus(Duration.ofDays(30)));
        PersonSummary admin = person("admin");

        assertThatThrownBy(() -> promotions.correct(person("hr"), agent.id(), "qa-specialist", "HR tries"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> promotions.correct(admin, agent.id(), "qa-specialist", " "))
                .hasMessage("career.refused.reason-required");
        promotions.correct(admin, agent.id(), "qa-specialist", "Transferred from the Shenzhen centre as QA");

        assertThat(placements.of(person("agent2")).orElseThrow().levelCode()).isEqualTo("qa-specialist");
        assertThat(person("agent2").roles()).contains(Role.QA);
        assertThat(placements.history(agent.id()).get(0)).satisfies(move -> {
            assertThat(move.kind()).isEqualTo("CORRECTION");
            assertThat(move.reason()).isEqualTo("Transferred from the Shenzhen centre as QA");
        });
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE kind = 'LEVEL_CORRECTED' AND subject = ?")
                .param("person:" + agent.id()).query(String.class).single()).contains("-> qa-specialist");

        promotions.correct(admin, agent.id(), "junior-agent", "Back on the phones");
        assertThat(person("agent2").roles()).doesNotContain(Role.QA);
    }

    @Test
    void theCertificationMatrixFiltersByLevel() throws Exception {
        place("agent5", "junior-agent", START.minus(Duration.ofDays(30)));
        var site = new SiteClient(port);
        site.signIn("hr", PASSWORD);
        site.post("/language", "lang=en", site.get("/").body());

        String qa = site.get("/certifications?level=qa-specialist").body();
        assertThat(qa).contains("Chen Chen").doesNotContain("Wu Hao").contains("matrix.csv?show=ALL&amp;level=qa-specialist");
        String juniors = site.get("/certifications?level=junior-agent").body();
        assertThat(juniors).contains("Wu Hao").doesNotContain("Chen Chen");
        String export = site.get("/certifications/matrix.csv?show=ALL&level=qa-specialist").body();
        assertThat(export).contains("Chen Chen").doesNotContain("Wu Hao");
    }

    private static String row(int index, String kind, String subject, String months) {
        String prefix = "requirements%5B" + index + "%5D.";
        return prefix + "kind=" + kind + "&" + prefix + "subject=" + subject + "&" + prefix + "months=" + months;
    }

    private static String version(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).as("version field").isTrue();
        return matcher.group(1);
    }

    private EligibilityBoard.Entry entry(PersonSummary person, String level) {
        return board.of(java.util.Set.of(person.id())).stream().filter(entry -> entry.levelCode().equals(level))
                .findFirst().orElseThrow();
    }

    private Eligibility.Check check(PersonSummary person, String level, Requirement.Kind kind) {
        Placements.Placement placement = placements.of(person).orElseThrow();
        return eligibility.evaluate(person, placement.since(), ladder.find(level).orElseThrow(), false, Locale.ENGLISH)
                .checks().stream().filter(check -> check.requirement().getKind() == kind).findFirst().orElseThrow();
    }

    /** Puts the person on a level since the given moment, without a history row, and drops their certificates. */
    private PersonSummary place(String username, String level, Instant since) {
        PersonSummary person = person(username);
        jdbc.sql("DELETE FROM person_level WHERE person_id = ?").param(person.id()).update();
        jdbc.sql("INSERT INTO person_level (person_id, level_code, since_day, version) VALUES (?, ?, ?, 0)")
                .params(person.id(), level, LocalDateTime.ofInstant(since, ZoneOffset.UTC).toLocalDate()).update();
        jdbc.sql("DELETE FROM certificate WHERE person_id = ?").param(person.id()).update();
        jdbc.sql("DELETE FROM kpi_month WHERE person_id = ?").param(person.id()).update();
        return person;
    }

    /** The person's first-contact resolution for consecutive months from the first one given; other figures fixed. */
    private void kpis(PersonSummary person, String firstMonth, double... resolution) {
        java.time.YearMonth month = java.time.YearMonth.parse(firstMonth);
        for (double value : resolution) {
            jdbc.sql("""
                    INSERT INTO kpi_month (person_id, period, calls_handled, first_contact_resolution, handle_time_seconds,
                        qa_score, csat, source, entered_by, entered_at)
                    VALUES (?, ?, 1200, ?, 390, 90, 92, 'IMPORT', NULL, ?)""")
                    .params(person.id(), month.toString(), value, LocalDateTime.ofInstant(START, ZoneOffset.UTC)).update();
            month = month.plusMonths(1);
        }
    }

    private PersonSummary person(String username) {
        return people.byUsername(username).orElseThrow();
    }

    /** A graded, passed attempt of the exam at that moment, and the certificate it grants. */
    private void pass(long person, String slug, String certification, Instant at) {
        long attempt = GradedAttempts.insert(jdbc, person, slug, true, 90, at);
        transactions.executeWithoutResult(status -> events.publishEvent(
                new ExamAttemptGraded(attempt, person, slug, certification, true, 90, at)));
    }
}

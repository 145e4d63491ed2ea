package com.agentacademy.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.agentacademy.exam.GradedAttempts;

/**
 * The people who ask (one per role) and the things the table's samples name, made once in a test's
 * own database on top of the demo organisation and the shipped content. Every {@code {token}} the
 * table uses is a key of {@link #values()}.
 */
final class RouteSamples {

    /** Who asks for each role of the table: a demo person, or one made here when no demo person holds the role alone. */
    static final Map<String, String> USERNAMES = Map.of("AGENT", "agent", "QA", "matrix-qa", "TRAINER", "trainer",
            "SUPERVISOR", "supervisor", "HR", "hr", "ADMIN", "admin");

    static final String EXAM = "complaint-handling-en";
    static final String OTHER_EXAM = "product-basics-en";
    static final String LEVEL = "senior-agent";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, UserDetails> principals = new LinkedHashMap<>();

    private RouteSamples() {
    }

    /** Makes the samples through the database and, for an attempt that must really run, through the application. */
    static RouteSamples create(JdbcClient jdbc, MockMvc mvc, UserDetailsService accounts) throws Exception {
        var samples = new RouteSamples();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long teamA = jdbc.sql("SELECT team_id FROM person WHERE username = 'agent'").query(Long.class).single();
        long agent = idOf(jdbc, "agent");
        long qa = person(jdbc, "matrix-qa", "M0001", "Matrix QA", teamA, "QA", now);
        long target = person(jdbc, "matrix-target", "M0002", "Matrix Target", teamA, "AGENT", now);
        jdbc.sql("INSERT INTO person_level (person_id, level_code, since_day, version) VALUES (?, 'junior-agent', ?, 0)")
                .params(target, LocalDate.now().minusYears(1)).update();
        samples.put("agent", agent);
        samples.put("target", target);
        samples.put("team", teamA);
        samples.put("level", LEVEL);

        long course = jdbc.sql("SELECT id FROM course WHERE slug = 'handset-products'").query(Long.class).single();
        long module = jdbc.sql("SELECT id FROM course_module WHERE course_id = ? ORDER BY position LIMIT 1").param(course)
                .query(Long.class).single();
        samples.put("course", "handset-products");
        samples.put("module", jdbc.sql("SELECT slug FROM course_module WHERE id = ?").param(module).query(String.class).single());
        samples.put("moduleId", module);
        samples.put("moduleRevision", jdbc.sql("SELECT MIN(id) FROM module_revision WHERE module_id = ? AND locale = 'en'")
                .param(module).query(Long.class).single());
        jdbc.sql("""
                INSERT INTO course_image (course_id, name, content_type, content_hash, bytes, created_at)
                VALUES (?, 'matrix.png', 'image/png', 'matrix', ?, ?)
                """).params(course, new byte[] { (byte) 0x89, 'P', 'N', 'G' }, utc(now)).update();
        samples.put("image", "matrix.png");
        jdbc.sql("""
                INSERT INTO module_feedback (module_id, person_id, kind, text, status, created_at, version)
                VALUES (?, ?, 'PROBLEM', 'A typo in the table', 'NEW', ?, 0)
                """).params(module, agent, utc(now)).update();
        samples.put("feedback", jdbc.sql("SELECT MAX(id) FROM module_feedback").query(Long.class).single());

        long exam = jdbc.sql("SELECT id FROM exam WHERE slug = ?").param(EXAM).query(Long.class).single();
        samples.put("exam", EXAM);
        samples.put("question", jdbc.sql("SELECT MIN(id) FROM exam_question WHERE exam_id = ? AND retired = FALSE")
                .param(exam).query(Long.class).single());
        long attempt = GradedAttempts.insert(jdbc, agent, EXAM, true, 90, now.minus(2, ChronoUnit.DAYS));
        samples.put("attempt", attempt);
        samples.put("essayAttempt", essayAttempt(jdbc, exam, idOf(jdbc, "agent2"), now));
        String certification = jdbc.sql("SELECT certification_id FROM exam WHERE id = ?").param(exam).query(String.class)
                .single();
        jdbc.sql("""
                INSERT INTO certificate (code, person_id, certification_id, attempt_id, exam_slug, percent, issued_at, expires_at)
                VALUES ('MATRIXCODE01', ?, ?, ?, ?, 90, ?, ?)
                """).params(agent, certification, attempt, EXAM, utc(now.minus(2, ChronoUnit.DAYS)),
                utc(now.plus(300, ChronoUnit.DAYS))).update();
        samples.put("certificate", jdbc.sql("SELECT id FROM certificate WHERE code = 'MATRIXCODE01'").query(Long.class).single());
        samples.put("certificateCode", "MATRIXCODE01");
        samples.put("certification", certification);

        jdbc.sql("""
                INSERT INTO promotion_application (person_id, from_level, to_level, state, open_key, motivation, created_at, version)
                VALUES (?, 'junior-agent', ?, 'SUBMITTED', ?, 'Ready', ?, 0)
                """).params(agent, LEVEL, agent, utc(now)).update();
        samples.put("application", jdbc.sql("SELECT id FROM promotion_application WHERE person_id = ?").param(agent)
                .query(Long.class).single());

        samples.put("cohort", jdbc.sql("SELECT MIN(id) FROM cohort").query(Long.class).single());
        samples.put("program", jdbc.sql("SELECT slug FROM program ORDER BY id LIMIT 1").query(String.class).single());

        for (var role : USERNAMES.entrySet()) {
            samples.principals.put(role.getKey(), accounts.loadUserByUsername(role.getValue()));
        }
        String started = mvc.perform(post("/exams/" + OTHER_EXAM + "/start").with(csrf())
                .with(user(samples.principal("AGENT")))).andReturn().getResponse().getRedirectedUrl();
        samples.put("openAttempt", started.replaceAll("^/attempts/(\\d+)/.*$", "$1"));
        return samples;
    }

    Map<String, String> values() {
        return values;
    }

    /** The signed-in person for a role of the table; {@code null} for {@code anonymous}. */
    UserDetails principal(String role) {
        return principals.get(role);
    }

    private void put(String token, Object value) {
        values.put(token, String.valueOf(value));
    }

    private static long person(JdbcClient jdbc, String username, String number, String name, long team, String role,
            Instant now) {
        String hash = jdbc.sql("SELECT password_hash FROM person WHERE username = 'agent'").query(String.class).single();
        jdbc.sql("""
                INSERT INTO person (username, employee_number, display_name, email, password_hash, must_change_password,
                    active, team_id, preferred_locale, created_at, version)
                VALUES (?, ?, ?, ?, ?, FALSE, TRUE, ?, 'en', ?, 0)
                """).params(username, number, name, username + "@matrix.test", hash, team, utc(now)).update();
        long id = idOf(jdbc, username);
        jdbc.sql("INSERT INTO person_role (person_id, role) VALUES (?, ?)").params(id, role).update();
        return id;
    }

    /** A finished attempt whose first question is a written answer waiting for a grader. */
    static long essayAttempt(JdbcClient jdbc, long exam, long person, Instant now) {
        var essay = jdbc.sql("""
                SELECT id, current_revision_id FROM exam_question
                WHERE exam_id = ? AND type = 'ESSAY' AND retired = FALSE ORDER BY id LIMIT 1
                """).param(exam).query().singleRow();
        LocalDateTime finished = utc(now.minus(1, ChronoUnit.DAYS));
        jdbc.sql("""
                INSERT INTO exam_attempt (exam_id, person_id, number, status, started_at, deadline, time_limit_minutes,
                    extra_minutes, time_expiry, grace_minutes, pass_mark_percent, finished_at, grading)
                VALUES (?, ?, 1, 'FINISHED', ?, ?, 30, 0, 'AUTOSUBMIT', 0, 60, ?, 'PENDING')
                """).params(exam, person, finished.minusMinutes(20), finished.plusMinutes(10), finished).update();
        long attempt = jdbc.sql("SELECT MAX(id) FROM exam_attempt").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO attempt_question (attempt_id, position, question_id, revision_id, choice_order)
                VALUES (?, 1, ?, ?, '')
                """).params(attempt, essay.get("id"), essay.get("current_revision_id")).update();
        jdbc.sql("INSERT INTO attempt_answer (attempt_id, position, response, flagged, sequence, saved_at) VALUES (?, 1, ?, FALSE, 1, ?)")
                .params(attempt, "I would listen first, then apologise.", finished).update();
        return attempt;
    }

    private static long idOf(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT id FROM person WHERE username = ?").param(username).query(Long.class).single();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

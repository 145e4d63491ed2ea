package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Over the same routes as the authorization matrix: every state-changing mapping without a CSRF
 * token is refused (403) for an administrator and for everyone the route is meant for, and the
 * database is as it was (a mapping for any method is sent as a POST); and no read changes
 * anything, for every role that gets past security, comparing every table before and after.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:csrf-and-methods;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfAndMethodTests {

    /** Tables a read may write by design, and why. */
    static final Map<String, String> WRITTEN_BY_READS = Map.of(
            "spring_session", "the session: a page with a form creates it to keep its CSRF token, and every request touches it",
            "spring_session_attributes", "the session's attributes: the CSRF token, the security context, flash messages");

    /**
     * Tables a request may write only in part, and the rows it must leave alone: a download is
     * recorded in the audit log (EXPORT, and AUDIT_EXPORT for the log itself), and so is a refused
     * request (ACCESS_DENIED); nothing else is.
     */
    static final Map<String, String> ONLY_WHERE = Map.of(
            "audit_event", "kind NOT IN ('EXPORT', 'AUDIT_EXPORT', 'ACCESS_DENIED')");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService accounts;

    RouteCaller caller;
    List<RouteMatrix.Row> rows;
    DatabaseFingerprint database;

    /** The database as the previous line left it: each line's "after" is the next line's "before". */
    Map<String, String> last;

    @BeforeAll
    void samples() throws Exception {
        RouteSamples samples = RouteSamples.create(jdbc, mvc, accounts);
        var mappings = RouteMatrix.mappings(context);
        rows = RouteMatrix.rows();
        caller = new RouteCaller(mvc, samples, mappings);
        database = new DatabaseFingerprint(dataSource, WRITTEN_BY_READS.keySet(), ONLY_WHERE);
        last = database.take();
    }

    @TestFactory
    Stream<DynamicTest> everyStateChangeWithoutACsrfTokenIsRefusedAndChangesNothing() {
        return rows.stream().filter(row -> row.route().changesState())
                .map(row -> dynamicTest(row.route().toString(), () -> {
                    String method = row.route().method().equals("ANY") ? "POST" : row.route().method();
                    Set<String> roles = new LinkedHashSet<>(row.entitled());
                    roles.add("ADMIN");
                    Map<String, String> before = last;
                    List<String> wrong = new ArrayList<>();
                    for (String role : roles) {
                        RouteCaller.Answer answer = caller.call(row, role, false, method);
                        if (!answer.outcome().equals("403")) {
                            wrong.add(role + " without a CSRF token got " + answer.outcome() + ", not 403");
                        }
                    }
                    last = database.take();
                    List<String> changed = DatabaseFingerprint.changes(before, last);
                    assertThat(wrong).as(row + ": " + wrong).isEmpty();
                    assertThat(changed).as(row + " without a CSRF token changed " + changed).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> noReadChangesAnything() {
        return rows.stream().filter(row -> !row.route().changesState())
                .map(row -> dynamicTest(row.route().toString(), () -> {
                    Map<String, String> before = last;
                    List<String> asked = new ArrayList<>();
                    List<String> wrong = new ArrayList<>();
                    for (String role : RouteMatrix.ROLES) {
                        String expected = row.expectedOf(role);
                        if (expected.equals("login") || expected.equals("401") || expected.equals("403")) {
                            continue;
                        }
                        RouteCaller.Answer answer = caller.call(row, role, true);
                        if (!answer.outcome().equals(expected)) {
                            wrong.add(role + " got " + answer.outcome() + ", not " + expected);
                        }
                        asked.add(role);
                    }
                    last = database.take();
                    List<String> changed = DatabaseFingerprint.changes(before, last);
                    assertThat(changed).as(row + " asked by " + asked + " changed " + changed).isEmpty();
                    assertThat(wrong).as(row + ": the read did not happen as the table says: " + wrong).isEmpty();
                }));
    }
}

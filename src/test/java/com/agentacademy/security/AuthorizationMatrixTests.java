package com.agentacademy.security;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;

/**
 * Every request mapping of the application against one declared table of who gets what
 * ({@value RouteMatrix#FILE}): anonymous and a person holding each single role ask every route,
 * through the real security filter chain and method security. A mapping without a line, or a line
 * without a mapping, fails the build and says which line to add or remove.
 *
 * <p>The pages that only read run first; the lines that change something run after them in file
 * order, so a deactivation or a submitted attempt comes after every read of the same thing.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:route-matrix;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    RouteSamples samples;
    List<RouteMatrix.Row> rows;
    Map<RouteMatrix.Route, List<HandlerMethod>> mappings;
    RouteCaller caller;

    @BeforeAll
    void samples() throws Exception {
        samples = RouteSamples.create(jdbc, mvc, accounts);
        rows = RouteMatrix.rows();
        mappings = RouteMatrix.mappings(context);
        caller = new RouteCaller(mvc, samples, mappings);
    }

    @Test
    @Order(1)
    void everyRequestMappingHasExactlyOneLineInTheTable() {
        List<String> problems = RouteMatrix.disagreements(rows, mappings.keySet(), this::observedLine);

        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        System.out.printf("Route matrix: %d routes × %d roles = %d checks%n", rows.size(), RouteMatrix.ROLES.size(),
                rows.size() * RouteMatrix.ROLES.size());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyRoleGetsTheDeclaredOutcomeOnEveryRoute() {
        Stream<RouteMatrix.Row> reads = rows.stream().filter(row -> !row.route().changesState());
        Stream<RouteMatrix.Row> changes = rows.stream().filter(row -> row.route().changesState());
        return Stream.concat(reads, changes).map(row -> dynamicTest(row.route().toString(), () -> check(row)));
    }

    private void check(RouteMatrix.Row row) {
        List<String> wrong = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        boolean served = false;
        for (String role : RouteMatrix.ROLES) {
            RouteCaller.Answer answer = caller.call(row, role, true);
            actual.add(answer.outcome());
            if (!answer.outcome().equals(row.expectedOf(role))) {
                wrong.add(role + " expected " + row.expectedOf(role) + " but got " + answer.outcome()
                        + (answer.detail() == null ? "" : " (" + answer.detail() + ")"));
            }
            if (answer.handler() != null && !caller.servedBy(row.route(), answer)) {
                wrong.add(role + ": the sample " + row.sample() + " reached " + answer.handler() + ", not " + row.route());
            }
            served |= caller.servedBy(row.route(), answer);
        }
        if (!served) {
            wrong.add("no role reached the route's own handler with the sample " + row.sample());
        }
        if (!wrong.isEmpty()) {
            fail(row + ":\n  " + String.join("\n  ", wrong) + "\n  what each role gets today: " + String.join(", ", actual));
        }
    }

    /** The cells a missing line would have today, with a guessed sample: each role's outcome. */
    private String observedLine(RouteMatrix.Route route) {
        Matcher variable = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?\\}").matcher(route.pattern());
        StringBuilder guessed = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            variable.appendReplacement(guessed, samples.values().containsKey(name) ? "{" + name + "}" : "1");
        }
        variable.appendTail(guessed);
        var row = new RouteMatrix.Row(0, route, guessed.toString(), List.of());
        String outcomes = RouteMatrix.ROLES.stream().map(role -> caller.call(row, role, true).outcome())
                .collect(Collectors.joining(", "));
        return outcomes + "," + (guessed.toString().equals(route.pattern()) ? "" : " " + guessed);
    }
}

package com.agentacademy.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The declared table of who reaches which route ({@value #FILE}) and the request mappings the
 * application really has, read from every {@link RequestMappingInfoHandlerMapping} of the context
 * (the controllers and the actuator endpoints).
 *
 * <p>An outcome is what a person would notice: {@code ok} (2xx, or a redirect that is not to the
 * sign-in page), {@code login} (a redirect to the sign-in page), or the exact status otherwise
 * ({@code 401}, {@code 403}, {@code 404}, {@code 400}, …).
 */
final class RouteMatrix {

    static final String FILE = "src/test/resources/security/route-matrix.csv";

    /** The columns between path and sample: who asks. */
    static final List<String> ROLES = List.of("anonymous", "AGENT", "QA", "TRAINER", "SUPERVISOR", "HR", "ADMIN");

    static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE", "ANY");

    private static final Pattern OUTCOME = Pattern.compile("ok|login|[45]\\d\\d");
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)\\}");

    /** One route: an HTTP method ({@code ANY} when the mapping names none) and a path pattern. */
    record Route(String method, String pattern) implements Comparable<Route> {

        @Override
        public int compareTo(Route other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }

        boolean changesState() {
            return STATE_CHANGING.contains(method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** One line of the table: the route, one outcome per role and the request to send (path and query). */
    record Row(int line, Route route, String sample, List<String> expected) {

        String expectedOf(String role) {
            return expected.get(ROLES.indexOf(role));
        }

        /** The roles the route is meant for: those whose outcome is {@code ok}. */
        List<String> entitled() {
            return ROLES.stream().filter(role -> expectedOf(role).equals("ok")).toList();
        }

        @Override
        public String toString() {
            return route + " (" + FILE + " line " + line + ")";
        }
    }

    private RouteMatrix() {
    }

    /** The table, in file order (the order the checks run in). */
    static List<Row> rows() {
        String text;
        try {
            text = new ClassPathResource("security/route-matrix.csv").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("method,")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3 + ROLES.size()) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + ": expected " + (3 + ROLES.size())
                        + " cells (method, path, " + String.join(", ", ROLES) + ", sample), found " + cells.length);
            }
            List<String> expected = new ArrayList<>();
            for (int cell = 2; cell < 2 + ROLES.size(); cell++) {
                String outcome = cells[cell].strip();
                if (!OUTCOME.matcher(outcome).matches()) {
                    throw new IllegalStateException(FILE + " line " + (i + 1) + ": outcome “" + outcome + "” for "
                            + ROLES.get(cell - 2) + " is not ok, login or an HTTP status");
                }
                expected.add(outcome);
            }
            Route route = new Route(cells[0].strip(), cells[1].strip());
            String sample = cells[cells.length - 1].strip().isEmpty() ? route.pattern() : cells[cells.length - 1].strip();
            rows.add(new Row(i + 1, route, sample, List.copyOf(expected)));
        }
        return rows;
    }

    /** Every route of the application with the handler methods that serve it. */
    static Map<Route, List<HandlerMethod>> mappings(ApplicationContext context) {
        Map<Route, List<HandlerMethod>> routes = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                Collection<String> names = methods.isEmpty() ? List.of("ANY")
                        : methods.stream().map(RequestMethod::name).toList();
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (String method : names) {
                        routes.computeIfAbsent(new Route(method, pattern), route -> new ArrayList<>()).add(entry.getValue());
                    }
                }
            }
        }
        return routes;
    }

    /**
     * What is wrong between the table and the application: mappings without a line (with the line to
     * add) and lines without a mapping or given twice. Empty when they agree.
     */
    static List<String> disagreements(List<Row> rows, Set<Route> routes, Function<Route, String> observed) {
        List<String> problems = new ArrayList<>();
        Map<Route, Row> byRoute = new LinkedHashMap<>();
        for (Row row : rows) {
            Row earlier = byRoute.putIfAbsent(row.route(), row);
            if (earlier != null) {
                problems.add(FILE + " line " + row.line() + ": " + row.route() + " is already on line " + earlier.line());
            }
            else if (!routes.contains(row.route())) {
                problems.add(FILE + " line " + row.line() + ": no request mapping " + row.route()
                        + " in the application; remove or correct the line");
            }
        }
        for (Route route : new TreeSet<>(routes)) {
            if (!byRoute.containsKey(route)) {
                problems.add("No line in " + FILE + " for the request mapping " + route + ". Add this line (the outcomes "
                        + "are what each role gets today: check them, and give a sample for each {variable}):\n    "
                        + route.method() + ", " + route.pattern() + ", " + observed.apply(route));
            }
        }
        return problems;
    }

    /** The sample with its {@code {token}}s replaced by the fixtures' values. */
    static String resolve(Row row, Map<String, String> samples) {
        Matcher token = TOKEN.matcher(row.sample());
        StringBuilder path = new StringBuilder();
        while (token.find()) {
            String value = samples.get(token.group(1));
            if (value == null) {
                throw new IllegalStateException(FILE + " line " + row.line() + ": unknown sample {" + token.group(1)
                        + "}; known: " + new TreeSet<>(samples.keySet()));
            }
            token.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        token.appendTail(path);
        return path.toString();
    }

    /** The outcome of a response, as the table writes it. */
    static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            String location = response.getRedirectedUrl();
            return location != null && "/login".equals(URI.create(location).getPath()) ? "login" : "ok";
        }
        return status >= 200 && status < 300 ? "ok" : Integer.toString(status);
    }
}

package com.agentacademy.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controller methods, asking only the mappings whose paths
 * begin with the request's first segment. For a path with variables ({@code /attempts/{id}/…})
 * the stock mapping checks every one of the application's 150 mappings in turn, each check walking
 * the request's wrappers for its method and headers: in a profile of autosaves that search was a
 * tenth of the application's time. Here a mapping whose every pattern starts with a literal
 * segment other than the request's is passed over before any of that; a pattern that starts with
 * a variable or a wildcard is always asked. What matches, and which match wins, is Spring's own
 * decision, unchanged.
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

    /** Each mapping's possible first segments; an empty set stands for "any". */
    private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = FIRST_SEGMENT.get();
        FIRST_SEGMENT.set(firstSegmentOf(request));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        finally {
            if (outer == null) {
                FIRST_SEGMENT.remove();
            }
            else {
                FIRST_SEGMENT.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String segment = FIRST_SEGMENT.get();
        if (segment != null) {
            Set<String> possible = firstSegments.computeIfAbsent(info, this::firstSegmentsOf);
            if (!possible.isEmpty() && !possible.contains(segment)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /** The first segment as the patterns see it (decoded, without matrix variables); null when there is none. */
    private String firstSegmentOf(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request) || getPatternParser() == null) {
            return null;
        }
        PathContainer path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
        if (path.elements().size() < 2 || !(path.elements().get(1) instanceof PathContainer.PathSegment segment)) {
            return null;
        }
        return caseSensitive() ? segment.valueToMatch() : segment.valueToMatch().toLowerCase(Locale.ROOT);
    }

    private Set<String> firstSegmentsOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null) {
            return Set.of();
        }
        Set<String> segments = new HashSet<>();
        for (PathPattern pattern : condition.getPatterns()) {
            String literal = literalFirstSegment(pattern.getPatternString());
            if (literal == null) {
                return Set.of();
            }
            segments.add(caseSensitive() ? literal : literal.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(segments);
    }

    /** "/attempts/{id}" gives "attempts"; "/", "/{slug}", "/**" and "/*.css" give null. */
    static String literalFirstSegment(String pattern) {
        if (!pattern.startsWith("/")) {
            return null;
        }
        int end = pattern.indexOf('/', 1);
        String first = pattern.substring(1, end < 0 ? pattern.length() : end);
        boolean literal = !first.isEmpty() && first.chars().noneMatch(c -> c == '{' || c == '*' || c == '?' || c == ';');
        return literal ? first : null;
    }

    private boolean caseSensitive() {
        return getPatternParser().isCaseSensitive();
    }

    /** Hands the mapping to Spring Boot's MVC configuration in place of the stock one. */
    @Component
    static class Registration implements WebMvcRegistrations {

        @Override
        public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
            return new FirstSegmentHandlerMapping();
        }
    }
}

package com.agentacademy.web;

import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

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

    /**
     * The literal first segment that each mapping's patterns share; a mapping with none (or with
     * patterns that begin differently) is not in it and is always asked. Written when a mapping is
     * registered, replaced whole so that lookups read it without a lock; keyed by identity because
     * the mapping's own hash code was, asked 150 times a request, as costly as the checks it saves.
     */
    private volatile Map<RequestMappingInfo, String> firstSegments = new IdentityHashMap<>();

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
            String required = firstSegments.get(info);
            if (required != null && !required.equals(segment)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        remember(mapping);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        remember(mapping);
    }

    /** How many mappings a request can pass over by its first segment alone. */
    int mappingsWithAFirstSegment() {
        return firstSegments.size();
    }

    private synchronized void remember(RequestMappingInfo mapping) {
        String first = sharedFirstSegment(mapping);
        if (first != null) {
            Map<RequestMappingInfo, String> copy = new IdentityHashMap<>(firstSegments);
            copy.put(mapping, first);
            firstSegments = copy;
        }
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
        return normalised(segment.valueToMatch());
    }

    private String sharedFirstSegment(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || getPatternParser() == null) {
            return null;
        }
        String shared = null;
        for (PathPattern pattern : condition.getPatterns()) {
            String literal = literalFirstSegment(pattern.getPatternString());
            if (literal == null || (shared != null && !shared.equals(normalised(literal)))) {
                return null;
            }
            shared = normalised(literal);
        }
        return shared;
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

    /** A segment as the pattern parser compares it: as it is, or in lower case if the parser ignores case. */
    private String normalised(String segment) {
        return getPatternParser().isCaseSensitive() ? segment : segment.toLowerCase(Locale.ROOT);
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

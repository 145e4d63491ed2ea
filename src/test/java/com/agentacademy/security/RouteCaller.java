package com.agentacademy.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Sends a line of the route table as one role would: its sample path and parameters, in English,
 * a file in the field {@code file} when the handler takes one, and a valid CSRF token unless told
 * otherwise. A route without a method ({@code ANY}) is asked with GET.
 */
final class RouteCaller {

    /** What came back: the outcome as the table writes it, and the handler that answered, if any. */
    record Answer(String outcome, Object handler, String detail) {
    }

    private static final MockMultipartFile SAMPLE_FILE = new MockMultipartFile("file", "sample.csv", "text/csv",
            "x\n".getBytes(StandardCharsets.UTF_8));

    private final MockMvc mvc;
    private final RouteSamples samples;
    private final Map<RouteMatrix.Route, List<HandlerMethod>> mappings;

    RouteCaller(MockMvc mvc, RouteSamples samples, Map<RouteMatrix.Route, List<HandlerMethod>> mappings) {
        this.mvc = mvc;
        this.samples = samples;
        this.mappings = mappings;
    }

    Answer call(RouteMatrix.Row row, String role, boolean withCsrf) {
        return call(row, role, withCsrf, row.route().method().equals("ANY") ? "GET" : row.route().method());
    }

    /** The same with another HTTP method, for a route that takes any. */
    Answer call(RouteMatrix.Row row, String role, boolean withCsrf, String method) {
        String path = RouteMatrix.resolve(row, samples.values());
        AbstractMockHttpServletRequestBuilder<?> request = takesFile(row.route())
                ? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method), path).file(SAMPLE_FILE)
                : MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        request.header("Accept-Language", "en");
        if (withCsrf) {
            request.with(csrf());
        }
        if (samples.principal(role) != null) {
            request.with(user(samples.principal(role)));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Answer(RouteMatrix.outcome(result.getResponse()), result.getHandler(),
                    result.getResponse().getRedirectedUrl());
        }
        catch (Exception failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return new Answer("exception", null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** Whether the answer came from one of the route's own handler methods. */
    boolean servedBy(RouteMatrix.Route route, Answer answer) {
        return answer.handler() instanceof HandlerMethod handler && mappings.getOrDefault(route, List.of()).stream()
                .anyMatch(own -> own.getMethod().equals(handler.getMethod()));
    }

    private boolean takesFile(RouteMatrix.Route route) {
        return mappings.getOrDefault(route, List.of()).stream()
                .flatMap(handler -> Arrays.stream(handler.getMethodParameters()))
                .anyMatch(parameter -> MultipartFile.class.isAssignableFrom(parameter.getParameterType()));
    }
}

package com.agentacademy.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.agentacademy.security.OneLine;
import com.agentacademy.security.SignedInPerson;

/**
 * One structured log line per request: method, path (never the query string or form fields, which
 * may carry passwords or personal data), status, duration and the person's id (not their name).
 * Static files have no line, nor do requests that their handler marked {@link RequestLog#quietWhenFast}
 * and that went well and fast (an exam's autosave: each taker saves every 5 s, so on exam day those
 * lines would be most of the log and a good part of each save's cost).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("academy.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        }
        finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (!isStatic(request.getRequestURI()) && !RequestLog.isQuiet(request, response.getStatus(), millis)) {
                Object person = request.getAttribute(SignedInPerson.REQUEST_ATTRIBUTE);
                if (person == null) {
                    person = "-";
                }
                // one line whatever the client sent: the path and method cannot start a line of their own
                String method = OneLine.of(request.getMethod());
                String path = OneLine.of(request.getRequestURI());
                log.atInfo()
                        .addKeyValue("http.method", method)
                        .addKeyValue("url.path", path)
                        .addKeyValue("http.status", response.getStatus())
                        .addKeyValue("duration.ms", millis)
                        .addKeyValue("person.id", person)
                        .log("{} {} {} {}ms person={}", method, path, response.getStatus(), millis, person);
            }
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/images/") || path.equals("/favicon.ico");
    }
}

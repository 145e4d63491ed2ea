package com.agentacademy.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The security headers on every answer of the embedded server, set before a request reaches the
 * application. Spring Security writes the same headers for what it handles and leaves these alone;
 * this covers what it never sees: a request its firewall rejects (an encoded dot, a semicolon in
 * the path) and Tomcat's own answer to a malformed request. Static files replace the
 * {@code Cache-Control} with their own.
 */
public final class BaselineHeaders extends ValveBase {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    /** Also Spring Security's setting (SecurityConfiguration), so that both write the same header. */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    BaselineHeaders() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        writeTo(response);
        getNext().invoke(request, response);
    }

    /** Sets the headers on an answer, for a page written after its headers were reset. */
    public static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", XFrameOptionsMode.DENY.name());
        response.setHeader("Referrer-Policy", REFERRER_POLICY.getPolicy());
        response.setHeader("Cache-Control", NO_STORE);
    }
}

package com.agentacademy.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a handler can tell the request log ({@link RequestLogFilter}) about its request.
 */
public final class RequestLog {

    /** A request marked {@link #quietWhenFast} that took longer than this has its line even when it succeeded. */
    public static final Duration QUIET_UNDER = Duration.ofMillis(500);

    private static final String QUIET = RequestLog.class.getName() + ".quiet";

    private RequestLog() {
    }

    /**
     * No line for this request if it succeeds within {@link #QUIET_UNDER}: for requests so frequent
     * (an exam's autosave, every 5 s per taker) that their lines would be most of the log. The
     * request metrics still count them; a refused, failed or slow one keeps its line.
     */
    public static void quietWhenFast(HttpServletRequest request) {
        request.setAttribute(QUIET, Boolean.TRUE);
    }

    static boolean isQuiet(HttpServletRequest request, int status, long millis) {
        return request.getAttribute(QUIET) != null && status < 300 && millis < QUIET_UNDER.toMillis();
    }
}

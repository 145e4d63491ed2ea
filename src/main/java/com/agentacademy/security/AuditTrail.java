package com.agentacademy.security;

import java.time.Clock;
import java.time.Instant;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log: who did what to what, when (UTC) and from which address. Entries are
 * only ever added; the database refuses to change or delete them (triggers, and in production a
 * user with only INSERT and SELECT on the table). Kinds name the event in capitals, for example
 * {@code CERTIFICATE_REVOKED}; details never hold passwords or personal data. Subject and details
 * are stored on one line ({@link OneLine}), so typed text cannot forge an entry.
 */
@Service
public class AuditTrail {

    private static final int MAX_SUBJECT = 200;
    private static final int MAX_DETAILS = 2000;
    private static final int MAX_ADDRESS = 45;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds an entry, from the address of the request being served (none for the system's own jobs).
     *
     * @param actorId who did it, or {@code null} for the system itself
     * @param kind what happened
     * @param subject what it happened to, for example {@code certificate:12}
     * @param details anything a reader needs, cut at 2,000 characters
     */
    public void record(Long actorId, String kind, String subject, String details) {
        record(actorId, kind, subject, details, currentAddress());
    }

    /**
     * Adds an entry of the system's own (a scheduled job): no one did it, and from no address, even
     * when a request happens to be running the job.
     */
    public void recordBySystem(String kind, String subject, String details) {
        record(null, kind, subject, details, null);
    }

    /** Adds an entry from the given client address, for callers outside the request's own thread state. */
    void record(Long actorId, String kind, String subject, String details, String address) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor_id, kind, subject, details, client_address) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(StoredTime.of(now), actorId, kind, cut(OneLine.of(subject), MAX_SUBJECT),
                        cut(OneLine.of(details), MAX_DETAILS), address == null ? null : cut(OneLine.of(address), MAX_ADDRESS))
                .update();
    }

    /**
     * The client's address: the connection's, or under the {@code mysql} profile the one a trusted
     * proxy names in {@code X-Forwarded-For} (the server resolves it before the application sees it).
     */
    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}

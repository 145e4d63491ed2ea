package com.agentacademy.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log: who did what to what, and when. Entries are only ever added; nothing
 * in the application updates or deletes them. Kinds name the event in capitals, for example
 * {@code CERTIFICATE_REVOKED}; details never hold passwords.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAILS = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds an entry.
     *
     * @param actorId who did it, or {@code null} for the system itself
     * @param kind what happened
     * @param subject what it happened to, for example {@code certificate:12}
     * @param details anything a reader needs, cut at 2,000 characters
     */
    public void record(Long actorId, String kind, String subject, String details) {
        String text = details == null ? "" : details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details;
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor_id, kind, subject, details) VALUES (?, ?, ?, ?, ?)")
                .params(StoredTime.of(now), actorId, kind, subject, text).update();
    }
}

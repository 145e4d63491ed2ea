package com.agentacademy.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per typed user name and locks the name after too many in a row. Names
 * that belong to nobody are counted the same way, so the lockout says nothing about which
 * accounts exist. The counts live in the database, so every application instance sees them.
 */
@Component
class SignInThrottle {

    private static final int MAX_NAME_LENGTH = 128;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    SignInThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    boolean isLocked(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM sign_in_throttle WHERE username = ?")
                .param(key(username))
                .query(LocalDateTime.class)
                .optional()
                .map(lockedUntil -> StoredTime.instant(lockedUntil).isAfter(now))
                .orElse(false);
    }

    /** Records a failed sign-in and answers whether the name is now locked. */
    @Transactional
    boolean recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        int failures = jdbc.sql("SELECT failures FROM sign_in_throttle WHERE username = ?")
                .param(key)
                .query(Integer.class)
                .optional()
                .orElse(0) + 1;
        Instant lockedUntil = failures >= properties.maxFailedSignIns() ? now.plus(properties.lockout()) : null;
        jdbc.sql("""
                INSERT INTO sign_in_throttle (username, failures, locked_until, last_failure_at)
                VALUES (:username, :failures, :lockedUntil, :now)
                ON DUPLICATE KEY UPDATE failures = :failures, locked_until = :lockedUntil, last_failure_at = :now
                """)
                .param("username", key)
                .param("failures", lockedUntil == null ? failures : 0)
                .param("lockedUntil", StoredTime.of(lockedUntil))
                .param("now", StoredTime.of(now))
                .update();
        return lockedUntil != null;
    }

    void recordSuccess(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = ?").param(key(username)).update();
    }


    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME_LENGTH ? key.substring(0, MAX_NAME_LENGTH) : key;
    }
}

package com.agentacademy.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How plain SQL stores a moment: as UTC wall-clock time in a {@code DATETIME(6)} column, the same
 * way the JPA entities store theirs, so that H2, MySQL and MariaDB agree whatever their time zone.
 */
public final class StoredTime {

    private StoredTime() {
    }

    /** The value to bind for {@code instant}; {@code null} stays {@code null}. */
    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }
}

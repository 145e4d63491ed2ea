package com.agentacademy.exam;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.agentacademy.security.StoredTime;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants extra time and attempts. Extra time also moves the deadline of an attempt that is running
 * now; its page learns the new deadline the next time it asks (within half a minute).
 */
@Service
class Accommodations {

    static final int MAX_EXTRA_MINUTES = 600;
    static final int MAX_EXTRA_ATTEMPTS = 10;

    private final JdbcClient jdbc;
    private final AttemptStore attempts;
    private final Clock clock;

    Accommodations(JdbcClient jdbc, AttemptStore attempts, Clock clock) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** The person's accommodations by exam id. */
    Map<Long, Accommodation> ofPerson(long personId) {
        return jdbc.sql("""
                SELECT person_id, exam_id, extra_minutes, extra_attempts, reason, granted_by, granted_at
                FROM exam_accommodation WHERE person_id = ?
                """).param(personId).query((rs, row) -> new Accommodation(rs.getLong(1), rs.getLong(2),
                rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getLong(6), StoredTime.instant(rs, 7)))
                .list().stream().collect(Collectors.toMap(Accommodation::examId, Function.identity()));
    }

    List<Accommodation> all() {
        return jdbc.sql("""
                SELECT person_id, exam_id, extra_minutes, extra_attempts, reason, granted_by, granted_at
                FROM exam_accommodation ORDER BY granted_at DESC
                """).query((rs, row) -> new Accommodation(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                rs.getString(5), rs.getLong(6), StoredTime.instant(rs, 7))).list();
    }

    /**
     * Sets the person's extra minutes and attempts at the exam (replacing earlier ones); a running
     * attempt's deadline moves at once.
     *
     * @return how many running attempts got the new deadline
     */
    @Transactional
    int grant(long personId, long examId, int extraMinutes, int extraAttempts, String reason, long grantedBy) {
        if (extraMinutes < 0 || extraMinutes > MAX_EXTRA_MINUTES || extraAttempts < 0
                || extraAttempts > MAX_EXTRA_ATTEMPTS) {
            throw new IllegalArgumentException("extra time or attempts out of range");
        }
        var now = StoredTime.of(clock.instant());
        int updated = jdbc.sql("""
                UPDATE exam_accommodation SET extra_minutes = ?, extra_attempts = ?, reason = ?, granted_by = ?,
                    granted_at = ?
                WHERE person_id = ? AND exam_id = ?
                """).params(extraMinutes, extraAttempts, reason, grantedBy, now, personId, examId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO exam_accommodation (person_id, exam_id, extra_minutes, extra_attempts, reason,
                        granted_by, granted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).params(personId, examId, extraMinutes, extraAttempts, reason, grantedBy, now).update();
        }
        return attempts.extendOpen(examId, personId, extraMinutes);
    }
}

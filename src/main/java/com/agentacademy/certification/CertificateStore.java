package com.agentacademy.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.agentacademy.security.StoredTime;

/** Certificates, reminders sent and reopened exams, in plain SQL. */
@Repository
class CertificateStore {

    private static final String COLUMNS = "id, code, person_id, certification_id, attempt_id, exam_slug, percent, "
            + "issued_at, expires_at, recertify_by, recertify_reason, replaced_by, revoked_at, revoked_by, revoke_reason";

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Certificate> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = ?").param(id)
                .query(CertificateStore::certificate).optional();
    }

    Optional<Certificate> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE code = ?").param(code)
                .query(CertificateStore::certificate).optional();
    }

    Optional<Certificate> byAttempt(long attemptId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE attempt_id = ?").param(attemptId)
                .query(CertificateStore::certificate).optional();
    }

    /** The person's certificates, newest first. */
    List<Certificate> ofPerson(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE person_id = ? ORDER BY issued_at DESC, id DESC")
                .param(personId).query(CertificateStore::certificate).list();
    }

    List<Certificate> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate").query(CertificateStore::certificate).list();
    }

    /** Every certificate that is neither revoked nor replaced. */
    List<Certificate> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE revoked_at IS NULL AND replaced_by IS NULL "
                + "ORDER BY person_id, certification_id").query(CertificateStore::certificate).list();
    }

    /** Stores a new certificate; fails with a duplicate key when the attempt already has one. */
    long insert(String code, long personId, String certificationId, long attemptId, String examSlug, double percent,
            Instant issuedAt, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO certificate (code, person_id, certification_id, attempt_id, exam_slug, percent, issued_at,
                    expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(code, personId, certificationId, attemptId, examSlug, percent, StoredTime.of(issuedAt), StoredTime.of(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Marks the person's other live certificates of the certification as replaced by {@code newer}. */
    int replaceOthers(long personId, String certificationId, long newer) {
        return jdbc.sql("""
                UPDATE certificate SET replaced_by = ?
                WHERE person_id = ? AND certification_id = ? AND id <> ? AND replaced_by IS NULL AND revoked_at IS NULL
                """).params(newer, personId, certificationId, newer).update();
    }

    /** Revokes a live certificate; {@code false} when it was already revoked. */
    boolean revoke(long id, long by, String reason, Instant at) {
        return jdbc.sql("UPDATE certificate SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? "
                + "AND revoked_at IS NULL").params(StoredTime.of(at), by, reason, id).update() == 1;
    }

    /** Asks for recertification by {@code by} unless an earlier date was already set. */
    boolean requireRecertification(long id, Instant by, String reason) {
        return jdbc.sql("""
                UPDATE certificate SET recertify_by = ?, recertify_reason = ?
                WHERE id = ? AND (recertify_by IS NULL OR recertify_by > ?)
                """).params(StoredTime.of(by), reason, id, StoredTime.of(by)).update() == 1;
    }

    /** Records a reminder; {@code false} when that reminder was sent before. */
    boolean remind(long certificateId, int daysBefore, Instant at) {
        try {
            return jdbc.sql("INSERT INTO certificate_reminder (certificate_id, days_before, sent_at) VALUES (?, ?, ?)")
                    .params(certificateId, daysBefore, StoredTime.of(at)).update() == 1;
        }
        catch (org.springframework.dao.DuplicateKeyException sentBefore) {
            return false;
        }
    }

    boolean isReopened(long personId, String certificationId) {
        return jdbc.sql("SELECT COUNT(*) FROM exam_reopening WHERE person_id = ? AND certification_id = ?")
                .params(personId, certificationId).query(Long.class).single() > 0;
    }

    /** The certifications a trainer or a certificate's renewal reopened for the person. */
    Set<String> reopenedCertifications(long personId) {
        return Set.copyOf(jdbc.sql("SELECT certification_id FROM exam_reopening WHERE person_id = ?").param(personId)
                .query(String.class).list());
    }

    void reopen(long personId, String certificationId, String reason, Instant at) {
        if (!isReopened(personId, certificationId)) {
            jdbc.sql("INSERT INTO exam_reopening (person_id, certification_id, reason, opened_at) VALUES (?, ?, ?, ?)")
                    .params(personId, certificationId, reason, StoredTime.of(at)).update();
        }
    }

    void closeReopening(long personId, String certificationId) {
        jdbc.sql("DELETE FROM exam_reopening WHERE person_id = ? AND certification_id = ?")
                .params(personId, certificationId).update();
    }

    /** Passed, finally graded attempts at exams granting a certification that have no certificate yet. */
    List<com.agentacademy.exam.ExamAttemptGraded> passesWithoutCertificate() {
        return jdbc.sql("""
                SELECT a.id, a.person_id, e.slug, e.certification_id, a.percent, a.finished_at FROM exam_attempt a
                JOIN exam e ON e.id = a.exam_id
                LEFT JOIN certificate c ON c.attempt_id = a.id
                WHERE a.passed = TRUE AND a.grading = 'FINAL' AND e.certification_id IS NOT NULL AND c.id IS NULL
                """).query((rs, row) -> new com.agentacademy.exam.ExamAttemptGraded(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), true, rs.getDouble(5), StoredTime.instant(rs, "finished_at"))).list();
    }

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        long replacedBy = rs.getLong("replaced_by");
        Long replaced = rs.wasNull() ? null : replacedBy;
        long revokedBy = rs.getLong("revoked_by");
        Long revoker = rs.wasNull() ? null : revokedBy;
        return new Certificate(rs.getLong("id"), rs.getString("code"), rs.getLong("person_id"),
                rs.getString("certification_id"), rs.getLong("attempt_id"), rs.getString("exam_slug"),
                rs.getDouble("percent"), StoredTime.instant(rs, "issued_at"), StoredTime.instant(rs, "expires_at"), StoredTime.instant(rs, "recertify_by"),
                rs.getString("recertify_reason"), replaced, StoredTime.instant(rs, "revoked_at"), revoker,
                rs.getString("revoke_reason"));
    }
}

package com.agentacademy.certification;

import java.time.Duration;
import java.time.Instant;

/**
 * A certificate as stored.
 *
 * @param code the verification code, unguessable (about 99 random bits)
 * @param expiresAt the first moment it is no longer valid: the start of its expiry day
 * @param recertifyBy set when course content changed: the certificate ends then unless renewed
 */
record Certificate(long id, String code, long personId, String certificationId, long attemptId, String examSlug,
        double percent, Instant issuedAt, Instant expiresAt, Instant recertifyBy, String recertifyReason,
        Long replacedBy, Instant revokedAt, Long revokedBy, String revokeReason) {

    /** Certificates this close to their expiry are "expiring soon". */
    static final Duration SOON = Duration.ofDays(30);

    CertificateStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (replacedBy != null) {
            return CertificateStatus.REPLACED;
        }
        if (!now.isBefore(endsAt())) {
            return CertificateStatus.EXPIRED;
        }
        if (recertifyBy != null) {
            return CertificateStatus.RECERTIFY;
        }
        if (!now.isBefore(expiresAt.minus(SOON))) {
            return CertificateStatus.EXPIRING_SOON;
        }
        return CertificateStatus.VALID;
    }

    /** When it stops being valid: its expiry, or an earlier recertification date. */
    Instant endsAt() {
        return recertifyBy != null && recertifyBy.isBefore(expiresAt) ? recertifyBy : expiresAt;
    }

    /** The code as printed: groups of four. */
    public String displayCode() {
        return code.replaceAll("(.{4})(?!$)", "$1-");
    }
}

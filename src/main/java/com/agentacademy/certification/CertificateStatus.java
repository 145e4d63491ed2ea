package com.agentacademy.certification;

/** Where a certificate stands on a given day. */
enum CertificateStatus {

    VALID,

    /** Valid, with 30 days or less to its expiry. */
    EXPIRING_SOON,

    /** Valid until a recertification date set after the course content changed. */
    RECERTIFY,

    EXPIRED,

    REVOKED,

    /** A newer certificate of the same certification took its place; it stays in the history. */
    REPLACED;

    /** Whether the holder counts as certified. */
    public boolean isCurrent() {
        return this == VALID || this == EXPIRING_SOON || this == RECERTIFY;
    }
}

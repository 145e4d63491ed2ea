package com.agentacademy.certification;

/**
 * A person's certificates changed: one was issued or revoked. Published inside the transaction
 * that made the change; listeners that read certificates should listen after the commit.
 */
public record CertificatesChanged(long personId, String certificationId) {
}

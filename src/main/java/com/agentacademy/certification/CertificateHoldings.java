package com.agentacademy.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/** What other modules may ask about a person's certificates: which they hold now, and until when. */
@Service
public class CertificateHoldings {

    /**
     * A person's newest certificate of one certification.
     *
     * @param current whether it counts today (valid, expiring soon, or waiting for recertification)
     * @param endsAt when it stops counting: its expiry or an earlier recertification date
     */
    public record Holding(String certificationId, Instant issuedAt, Instant endsAt, boolean current) {
    }

    private final CertificateStore store;
    private final Clock clock;

    CertificateHoldings(CertificateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The person's newest certificate of each certification they ever held, revoked ones included. */
    public List<Holding> of(long personId) {
        Instant now = clock.instant();
        return store.ofPerson(personId).stream()
                .filter(certificate -> certificate.replacedBy() == null)
                .sorted(Comparator.comparing(Certificate::issuedAt).reversed())
                .map(certificate -> new Holding(certificate.certificationId(), certificate.issuedAt(),
                        certificate.endsAt(), certificate.statusAt(now).isCurrent()))
                .toList();
    }
}

package com.agentacademy.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.exam.ExamAccess;

/**
 * What certification says about starting an exam: a certification with prerequisites waits until
 * the person holds them, and an exam opens again to recertify when the person's certificate is
 * expiring soon, expired, asked to be renewed, or a trainer reopened it.
 */
@Component
class CertificationRules implements ExamAccess {

    private final CertificateStore store;
    private final CertificationCatalog catalog;
    private final Clock clock;

    CertificationRules(CertificateStore store, CertificationCatalog catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Optional<Blocker> blocker(long personId, String certificationId) {
        return catalog.find(certificationId).flatMap(definition -> {
            List<String> missing = missingPrerequisites(definition, store.ofPerson(personId), clock.instant());
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of(new Blocker("certification.blocked.prerequisites", String.join(", ", missing.stream()
                            .map(id -> catalog.find(id).map(prerequisite -> prerequisite.name(
                                    LocaleContextHolder.getLocale())).orElse(id))
                            .toList())));
        });
    }

    @Override
    public boolean reopened(long personId, String certificationId) {
        if (store.isReopened(personId, certificationId)) {
            return true;
        }
        Instant now = clock.instant();
        return latest(store.ofPerson(personId), certificationId)
                .map(certificate -> certificate.statusAt(now))
                .map(status -> status == CertificateStatus.EXPIRING_SOON || status == CertificateStatus.EXPIRED
                        || status == CertificateStatus.RECERTIFY)
                .orElse(false);
    }

    /** The names of the prerequisites of {@code definition} that the person does not hold now. */
    static List<String> missingPrerequisites(CertificationCatalog.Definition definition, List<Certificate> held,
            Instant now) {
        return definition.prerequisites().stream()
                .filter(prerequisite -> held.stream().noneMatch(certificate -> certificate.certificationId()
                        .equals(prerequisite) && certificate.statusAt(now).isCurrent()))
                .toList();
    }

    /** The person's newest certificate of the certification that was not revoked. */
    static Optional<Certificate> latest(List<Certificate> held, String certificationId) {
        return held.stream().filter(certificate -> certificate.certificationId().equals(certificationId))
                .filter(certificate -> certificate.revokedAt() == null)
                .max(Comparator.comparing(Certificate::issuedAt));
    }
}

package com.agentacademy.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    public PersonAccess of(long personId) {
        List<Certificate> held = store.ofPerson(personId);
        Set<String> reopenings = store.reopenedCertifications(personId);
        Map<String, CertificationCatalog.Definition> definitions = catalog.all().stream()
                .collect(Collectors.toMap(CertificationCatalog.Definition::id, Function.identity()));
        Instant now = clock.instant();
        return new PersonAccess() {

            @Override
            public Optional<Blocker> blocker(String certificationId) {
                return Optional.ofNullable(definitions.get(certificationId)).flatMap(definition -> {
                    List<String> missing = missingPrerequisites(definition, held, now);
                    return missing.isEmpty() ? Optional.empty()
                            : Optional.of(new Blocker("certification.blocked.prerequisites", String.join(", ",
                                    missing.stream().map(id -> Optional.ofNullable(definitions.get(id))
                                            .map(prerequisite -> prerequisite.name(LocaleContextHolder.getLocale()))
                                            .orElse(id)).toList())));
                });
            }

            @Override
            public boolean reopened(String certificationId) {
                return reopenings.contains(certificationId) || latest(held, certificationId)
                        .map(certificate -> certificate.statusAt(now))
                        .map(status -> status == CertificateStatus.EXPIRING_SOON || status == CertificateStatus.EXPIRED
                                || status == CertificateStatus.RECERTIFY)
                        .orElse(false);
            }
        };
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

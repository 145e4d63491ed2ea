package com.agentacademy.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.agentacademy.exam.CertificationCatalog;

/** Certificates as pages show them: names in the reader's language, dates in the call centre's zone. */
@Component
class CertificateViews {

    /** One certificate on a page. */
    record Line(Certificate certificate, String name, CertificateStatus status, LocalDate issuedOn, LocalDate expiresOn,
            LocalDate recertifyBy, long daysLeft, String examSlug) {

        public String statusName() {
            return status.name();
        }

        public boolean current() {
            return status.isCurrent();
        }
    }

    private final CertificationCatalog catalog;
    private final Clock clock;

    CertificateViews(CertificationCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    List<Line> lines(List<Certificate> certificates, Locale locale) {
        Map<String, CertificationCatalog.Definition> definitions = catalog.all().stream()
                .collect(Collectors.toMap(CertificationCatalog.Definition::id, Function.identity()));
        Instant now = clock.instant();
        var zone = clock.getZone();
        return certificates.stream().map(certificate -> {
            var definition = definitions.get(certificate.certificationId());
            LocalDate ends = LocalDate.ofInstant(certificate.endsAt(), zone);
            return new Line(certificate, definition == null ? certificate.certificationId() : definition.name(locale),
                    certificate.statusAt(now), LocalDate.ofInstant(certificate.issuedAt(), zone),
                    LocalDate.ofInstant(certificate.expiresAt(), zone),
                    certificate.recertifyBy() == null ? null : LocalDate.ofInstant(certificate.recertifyBy(), zone),
                    Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), ends)), certificate.examSlug());
        }).toList();
    }
}

package com.agentacademy.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.catalog.ModuleRevisionPublished;
import com.agentacademy.catalog.RevisionChanges;
import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.web.AfterCommit;

/**
 * When a trainer publishes a module revision marked as a major change, every holder of a
 * certification whose exam draws on that module's course is asked to recertify by a date
 * ({@code academy.certificates.recertify-within}, 30 days unless set): the certificate says so
 * until then and ends on that date unless renewed, the exam opens again for them, and they get a
 * notice with what changed.
 */
@Component
class ContentChangeRecertification {

    private final CertificateStore store;
    private final CertificationCatalog catalog;
    private final HolderNotices notices;
    private final AuditTrail audit;
    private final RevisionChanges changes;
    private final Clock clock;
    private final Duration within;

    ContentChangeRecertification(CertificateStore store, CertificationCatalog catalog, HolderNotices notices,
            AuditTrail audit, RevisionChanges changes, Clock clock, @Value("${academy.certificates.recertify-within:P30D}") Duration within) {
        this.store = store;
        this.catalog = catalog;
        this.notices = notices;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.within = within;
    }

    @AfterCommit
    public void on(ModuleRevisionPublished published) {
        if (published.majorChange()) {
            askToRecertify(published);
        }
    }

    /** Asks the holders concerned to recertify; answers how many certificates were marked. */
    int askToRecertify(ModuleRevisionPublished published) {
        Set<String> certifications = catalog.grantingExams().stream()
                .filter(exam -> exam.courses().contains(published.courseSlug()))
                .map(CertificationCatalog.GrantingExam::certificationId).collect(Collectors.toSet());
        if (certifications.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate byDay = LocalDate.ofInstant(now.plus(within), clock.getZone());
        Instant by = byDay.atStartOfDay(clock.getZone()).toInstant();
        String summary = (published.changeSummary() == null || published.changeSummary().isBlank()
                ? published.moduleSlug() : published.moduleSlug() + ": " + published.changeSummary().strip())
                + "\n\n" + changes.summary(published.previousRevisionId(), published.revisionId());
        int marked = 0;
        for (Certificate certificate : store.latest()) {
            if (!certifications.contains(certificate.certificationId()) || !certificate.statusAt(now).isCurrent()) {
                continue;
            }
            if (store.requireRecertification(certificate.id(), by, summary)) {
                marked++;
                store.reopen(certificate.personId(), certificate.certificationId(), "CONTENT_CHANGED", now);
                notices.tell(certificate.personId(), certificate.certificationId(), "RECERTIFY",
                        "notification.certificate.recertify", summary, published.courseSlug(), byDay.toString());
            }
        }
        if (marked > 0) {
            audit.record(null, "RECERTIFICATION_REQUIRED", "module:" + published.moduleId(),
                    marked + " certificates of " + String.join(", ", certifications) + " by " + byDay);
        }
        return marked;
    }
}

package com.agentacademy.certification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.exam.ExamAttemptGraded;
import com.agentacademy.security.AuditTrail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import com.agentacademy.web.AfterCommit;

/**
 * Issues a certificate when a person passes an exam that grants one, right after the result is
 * stored. The attempt's id is unique among certificates, so one attempt never gives two; a pass
 * whose certificate could not be issued at once (the server stopped in between) is found and issued
 * by an hourly check. A newer certificate of the same certification replaces the older one, which
 * stays in the history.
 */
@Service
class CertificateIssuing {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuing.class);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 20;

    private final CertificateStore store;
    private final CertificationCatalog catalog;
    private final HolderNotices notices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificateIssuing(CertificateStore store, CertificationCatalog catalog, HolderNotices notices,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.store = store;
        this.catalog = catalog;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @AfterCommit
    public void on(ExamAttemptGraded graded) {
        if (graded.passed() && graded.certificationId() != null) {
            issue(graded, true);
        }
    }

    /** Every hour, on one instance, issues the certificates of passes that have none. */
    @Scheduled(fixedDelayString = "${academy.certificates.check-every:PT1H}",
            initialDelayString = "${academy.certificates.check-every:PT1H}")
    @SchedulerLock(name = "certificate-issuing-check", lockAtMostFor = "PT10M")
    @Transactional
    public void check() {
        issueMissing();
    }

    /** Issues the certificates of passes that have none, in case one was missed; answers how many. */
    @Transactional
    public int issueMissing() {
        int issued = 0;
        for (ExamAttemptGraded pass : store.passesWithoutCertificate()) {
            issued += issue(pass, false).isPresent() ? 1 : 0;
        }
        if (issued > 0) {
            log.info("Issued {} certificates that were missing", issued);
        }
        return issued;
    }

    /**
     * The new certificate's id, or empty when it was issued before or a prerequisite is missing. The
     * holder is told about a missing prerequisite only when the pass is new ({@code tellWhenWaiting}),
     * not again at every hourly retry.
     */
    Optional<Long> issue(ExamAttemptGraded pass, boolean tellWhenWaiting) {
        if (store.byAttempt(pass.attemptId()).isPresent()) {
            return Optional.empty();
        }
        var definition = catalog.find(pass.certificationId()).orElse(null);
        if (definition == null) {
            log.warn("Attempt {} passed an exam granting the unknown certification {}", pass.attemptId(),
                    pass.certificationId());
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<String> missing = CertificationRules.missingPrerequisites(definition, store.ofPerson(pass.personId()), now);
        if (!missing.isEmpty()) {
            if (tellWhenWaiting) {
                notices.tell(pass.personId(), definition.id(), "CERTIFICATE_WAITING", "notification.certificate.prerequisites",
                        null, String.join(", ", missing));
            }
            return Optional.empty();
        }
        ZoneId zone = clock.getZone();
        LocalDate expiryDay = LocalDate.ofInstant(now, zone).plusMonths(definition.validityMonths());
        long id;
        try {
            id = store.insert(newCode(), pass.personId(), definition.id(), pass.attemptId(), pass.examSlug(),
                    pass.percent(), now, expiryDay.atStartOfDay(zone).toInstant());
        }
        catch (DuplicateKeyException issuedMeanwhile) {
            return Optional.empty();
        }
        store.replaceOthers(pass.personId(), definition.id(), id);
        store.closeReopening(pass.personId(), definition.id());
        notices.tell(pass.personId(), definition.id(), "CERTIFICATE_ISSUED", "notification.certificate.issued", null,
                expiryDay.toString());
        audit.record(null, "CERTIFICATE_ISSUED", "certificate:" + id,
                "person " + pass.personId() + ", " + definition.id() + ", attempt " + pass.attemptId());
        events.publishEvent(new CertificatesChanged(pass.personId(), definition.id()));
        return Optional.of(id);
    }


    String newCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed code as stored: capitals, without spaces and dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }
}

package com.agentacademy.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.Notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds holders 60, 30 and 7 days before their certificate ends, once each, in the app and by
 * e-mail. A certificate that is already closer to its end than a reminder's day gets only the
 * nearest reminder, not a pile of them. Runs hourly on one instance.
 */
@Component
class CertificateReminders {

    static final List<Integer> DAYS_BEFORE = List.of(7, 30, 60);

    private static final Logger log = LoggerFactory.getLogger(CertificateReminders.class);

    private final CertificateStore store;
    private final CertificationCatalog catalog;
    private final Notifications notifications;
    private final Clock clock;

    CertificateReminders(CertificateStore store, CertificationCatalog catalog, Notifications notifications,
            Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${academy.certificates.check-every:PT1H}",
            initialDelayString = "${academy.certificates.check-every:PT1H}")
    @SchedulerLock(name = "certificate-reminders", lockAtMostFor = "PT10M")
    void run() {
        int sent = remind();
        if (sent > 0) {
            log.info("Sent {} certificate reminders", sent);
        }
    }

    /** Sends the reminders that are due; answers how many. */
    @Transactional
    int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Map<String, CertificationCatalog.Definition> definitions = catalog.all().stream()
                .collect(Collectors.toMap(CertificationCatalog.Definition::id, Function.identity()));
        int sent = 0;
        for (Certificate certificate : store.latest()) {
            if (!certificate.statusAt(now).isCurrent()) {
                continue;
            }
            LocalDate ends = LocalDate.ofInstant(certificate.endsAt(), clock.getZone());
            long daysLeft = ChronoUnit.DAYS.between(today, ends);
            Integer due = DAYS_BEFORE.stream().filter(days -> daysLeft <= days).findFirst().orElse(null);
            if (due == null || !store.remind(certificate.id(), due, now)) {
                continue;
            }
            var definition = definitions.get(certificate.certificationId());
            String english = definition == null ? certificate.certificationId() : definition.nameEn();
            String chinese = definition == null ? english : CertificateIssuing.zh(definition);
            notifications.tellAndMail(certificate.personId(), "CERTIFICATE_EXPIRING", "notification.certificate.expiring",
                    List.of(english, chinese, ends.toString()), "/certificates", null);
            sent++;
        }
        return sent;
    }
}

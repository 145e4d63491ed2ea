package com.agentacademy.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


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
    private final HolderNotices notices;
    private final Clock clock;

    CertificateReminders(CertificateStore store, HolderNotices notices,
            Clock clock) {
        this.store = store;
        this.notices = notices;
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
            notices.tell(certificate.personId(), certificate.certificationId(), "CERTIFICATE_EXPIRING",
                    "notification.certificate.expiring", null, ends.toString());
            sent++;
        }
        return sent;
    }
}

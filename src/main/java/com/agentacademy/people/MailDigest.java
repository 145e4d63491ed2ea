package com.agentacademy.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The daily summary for people who chose one on their account page: once a day (18:00 unless
 * {@code academy.mail.digest-cron} says otherwise), on one instance, one e-mail per person lists
 * the notifications that arrived since the last summary. In the app they showed at once.
 */
@Component
class MailDigest {

    private static final Logger log = LoggerFactory.getLogger(MailDigest.class);

    private final Notifications notifications;
    private final MailNotices mail;
    private final Clock clock;

    MailDigest(Notifications notifications, MailNotices mail, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${academy.mail.digest-cron:0 0 18 * * *}")
    @SchedulerLock(name = "mail-digest", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void run() {
        int sent = send();
        if (sent > 0) {
            log.info("Sent {} daily summaries", sent);
        }
    }

    /** Sends every waiting summary; answers to how many people. Each notification is summarised once. */
    int send() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (long personId : notifications.peopleWaitingForDigest()) {
            List<Notifications.Notification> waiting = notifications.waitingForDigest(personId);
            // marked first: a second instance or a crash after this point sends nothing twice
            if (notifications.digested(waiting.stream().map(Notifications.Notification::id).toList()) == 0) {
                continue;
            }
            mail.sendDigest(personId, waiting, today);
            sent++;
        }
        return sent;
    }
}

package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.Notifications;
import com.agentacademy.security.StoredTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Tells members when a week is due soon (a configurable number of working days before its due
 * date) and when it is overdue, and tells members and their trainer when a member is at risk, with
 * the reason: in the app and by e-mail (at once or in the day's summary, as each person chose).
 * Each notice goes out at most once per member, assignment (program week) and kind; an at-risk
 * notice belongs to the week the member is in. A cohort a month past its last due date is left
 * alone. Runs hourly on one instance.
 */
@Component
class OnboardingNotices {

    private static final Logger log = LoggerFactory.getLogger(OnboardingNotices.class);

    private final CohortRepository cohorts;
    private final CohortTracking tracking;
    private final Notifications notifications;
    private final WorkingDays days;
    private final OnboardingProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    OnboardingNotices(CohortRepository cohorts, CohortTracking tracking, Notifications notifications, WorkingDays days,
            OnboardingProperties properties, JdbcClient jdbc, Clock clock) {
        this.cohorts = cohorts;
        this.tracking = tracking;
        this.notifications = notifications;
        this.days = days;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${academy.onboarding.check-every:PT1H}",
            initialDelayString = "${academy.onboarding.check-every:PT1H}")
    @SchedulerLock(name = "onboarding-notices", lockAtMostFor = "PT10M")
    void run() {
        int sent = send();
        if (sent > 0) {
            log.info("Sent {} onboarding notices", sent);
        }
    }

    /** Sends the notices that are due; answers how many went out (one per person told). */
    @Transactional
    int send() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Cohort cohort : cohorts.findAll()) {
            if (!tracking.isRunning(cohort, today)) {
                continue;
            }
            for (Standing standing : tracking.board(cohort, Locale.ENGLISH).standings()) {
                if (standing.person().active() && standing.progress().startedOn(today)) {
                    sent += weekNotices(cohort, standing, today) + riskNotices(cohort, standing);
                }
            }
        }
        return sent;
    }

    private int weekNotices(Cohort cohort, Standing standing, LocalDate today) {
        int sent = 0;
        for (MemberProgress.WeekProgress week : standing.progress().weeks()) {
            Assignment assignment = week.assignment();
            if (week.done()) {
                continue;
            }
            String kind = assignment.dueOn().isBefore(today) ? "OVERDUE"
                    : days.between(today, assignment.dueOn()) <= properties.notices().dueSoonWorkingDays() ? "DUE_SOON"
                    : null;
            if (kind == null || !firstTime(cohort, standing.person().id(), assignment.key(), kind)) {
                continue;
            }
            ProgramPlan.Week content = assignment.content();
            notifications.tellAndMail(standing.person().id(), "ONBOARDING_" + kind,
                    "notification.onboarding." + kind.toLowerCase(Locale.ROOT).replace('_', '-'),
                    List.of(content.titleEn(), content.titleZh() == null ? content.titleEn() : content.titleZh(),
                            String.valueOf(assignment.week()), assignment.dueOn().toString(),
                            String.valueOf(week.items().size() - week.doneCount())),
                    "/onboarding", null);
            sent++;
        }
        return sent;
    }

    private int riskNotices(Cohort cohort, Standing standing) {
        int sent = 0;
        String assignment = standing.thisWeek().map(week -> week.assignment().key()).orElse("plan");
        for (RiskReason reason : standing.risks()) {
            String rule = reason.rule().name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!firstTime(cohort, standing.person().id(), assignment, "AT_RISK_" + reason.rule().name())) {
                continue;
            }
            notifications.tellAndMail(standing.person().id(), "ONBOARDING_AT_RISK",
                    "notification.onboarding.at-risk." + rule, reason.arguments(), "/onboarding", null);
            List<String> forTrainer = new ArrayList<>(List.of(standing.person().displayName(), cohort.getName()));
            forTrainer.addAll(reason.arguments());
            notifications.tellAndMail(cohort.getTrainerId(), "ONBOARDING_AT_RISK",
                    "notification.onboarding.trainer." + rule, forTrainer, "/cohorts/" + cohort.getId(), null);
            sent += 2;
        }
        return sent;
    }

    /** Records the notice; {@code false} when it went out before. */
    private boolean firstTime(Cohort cohort, long personId, String assignment, String kind) {
        try {
            return jdbc.sql("""
                    INSERT INTO onboarding_notice (cohort_id, person_id, assignment, kind, sent_at) VALUES (?, ?, ?, ?, ?)
                    """).params(cohort.getId(), personId, assignment, kind, StoredTime.of(clock.instant())).update() == 1;
        }
        catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }
}

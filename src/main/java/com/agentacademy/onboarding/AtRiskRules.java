package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The at-risk rules, each with its reason (the thresholds are {@code academy.onboarding.at-risk.*}):
 * behind the schedule by more than N working days; failed the same exam N times without passing
 * it; no reading and no exam for N working days. Nobody is at risk before their first working day
 * or once everything is done.
 */
@Component
class AtRiskRules {

    private final OnboardingProperties.AtRisk thresholds;
    private final WorkingDays days;
    private final Clock clock;

    AtRiskRules(OnboardingProperties properties, WorkingDays days, Clock clock) {
        this.thresholds = properties.atRisk();
        this.days = days;
        this.clock = clock;
    }

    List<RiskReason> assess(MemberProgress progress) {
        LocalDate today = LocalDate.now(clock);
        List<RiskReason> reasons = new ArrayList<>();
        if (!progress.startedOn(today) || progress.complete()) {
            return reasons;
        }
        int behind = -progress.scheduleDays(today, days);
        if (behind > thresholds.behindWorkingDays()) {
            reasons.add(new RiskReason(RiskReason.Rule.BEHIND, List.of(String.valueOf(behind))));
        }
        for (MemberProgress.ExamRecord exam : progress.exams()) {
            if (!exam.passed() && exam.failures() >= thresholds.failedAttempts()) {
                reasons.add(new RiskReason(RiskReason.Rule.FAILED_EXAM,
                        List.of(exam.title(), String.valueOf(exam.failures()))));
            }
        }
        // before the first working day nobody is idle: reading done before the start does not count against them
        LocalDate beforeStart = progress.weeks().get(0).assignment().startsOn().minusDays(1);
        LocalDate lastActive = progress.lastActivity() == null ? beforeStart
                : LocalDate.ofInstant(progress.lastActivity(), clock.getZone());
        if (lastActive.isBefore(beforeStart)) {
            lastActive = beforeStart;
        }
        int idle = days.between(lastActive, today);
        if (idle >= thresholds.idleWorkingDays()) {
            reasons.add(new RiskReason(RiskReason.Rule.IDLE, List.of(String.valueOf(idle))));
        }
        return reasons;
    }
}

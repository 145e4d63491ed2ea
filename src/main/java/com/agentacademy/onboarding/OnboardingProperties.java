package com.agentacademy.onboarding;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of onboarding ({@code academy.onboarding.*}).
 *
 * @param holidays days that are not worked although they fall on a weekday; China's 2026 and 2027
 *        public holidays unless set (setting the list replaces them all)
 * @param workingWeekends Saturdays and Sundays that are worked (调休); China's 2026 ones unless set
 * @param atRisk when a member counts as at risk
 * @param notices when members hear that a week is due soon
 */
@ConfigurationProperties("academy.onboarding")
record OnboardingProperties(List<LocalDate> holidays, List<LocalDate> workingWeekends, AtRisk atRisk,
        Notices notices) {

    OnboardingProperties {
        holidays = holidays == null ? ChinaPublicHolidays.HOLIDAYS : List.copyOf(holidays);
        workingWeekends = workingWeekends == null ? ChinaPublicHolidays.WORKING_WEEKENDS : List.copyOf(workingWeekends);
        atRisk = atRisk == null ? new AtRisk(null, null, null) : atRisk;
        notices = notices == null ? new Notices(null) : notices;
    }

    /**
     * The at-risk rules; each one that applies is shown with its reason.
     *
     * @param behindWorkingDays behind schedule by more than this many working days (3 unless set)
     * @param failedAttempts failed the same exam of the program this many times without passing it (2)
     * @param idleWorkingDays no reading and no exam for this many working days (5)
     */
    record AtRisk(Integer behindWorkingDays, Integer failedAttempts, Integer idleWorkingDays) {

        AtRisk {
            behindWorkingDays = behindWorkingDays == null ? 3 : behindWorkingDays;
            failedAttempts = failedAttempts == null ? 2 : failedAttempts;
            idleWorkingDays = idleWorkingDays == null ? 5 : idleWorkingDays;
        }
    }

    /** @param dueSoonWorkingDays how many working days before a week's due date its reminder goes out (2) */
    record Notices(Integer dueSoonWorkingDays) {

        Notices {
            dueSoonWorkingDays = dueSoonWorkingDays == null ? 2 : dueSoonWorkingDays;
        }
    }
}

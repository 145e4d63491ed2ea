package com.agentacademy.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The default calendar: the public holidays of mainland China as the State Council fixes them, and
 * the weekend days that are worked in exchange (调休). 2026 is the published schedule; for 2027
 * only the statutory days themselves are known until the State Council publishes the year's
 * schedule (usually in November), so the settings should then be replaced with it.
 */
final class ChinaPublicHolidays {

    /** Days off that fall on weekdays or are part of a holiday break. */
    static final List<LocalDate> HOLIDAYS = List.copyOf(days(
            // 2026: New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day
            "2026-01-01", "2026-01-02", "2026-01-03",
            "2026-02-15..2026-02-23",
            "2026-04-04", "2026-04-05", "2026-04-06",
            "2026-05-01..2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21",
            "2026-09-25", "2026-09-26", "2026-09-27",
            "2026-10-01..2026-10-07",
            // 2027: statutory days only (New Year, Spring Festival eve to day 3, Qingming, Labour Day,
            // Dragon Boat, Mid-Autumn, National Day)
            "2027-01-01",
            "2027-02-05..2027-02-08",
            "2027-04-05",
            "2027-05-01", "2027-05-02",
            "2027-06-09",
            "2027-09-15",
            "2027-10-01..2027-10-03"));

    /** Saturdays and Sundays worked in exchange for a longer break. */
    static final List<LocalDate> WORKING_WEEKENDS = List.copyOf(days(
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

    private ChinaPublicHolidays() {
    }

    /** Dates and inclusive ranges written {@code from..to}. */
    private static List<LocalDate> days(String... entries) {
        List<LocalDate> days = new ArrayList<>();
        for (String entry : entries) {
            String[] range = entry.split("\\.\\.");
            LocalDate day = LocalDate.parse(range[0]);
            LocalDate last = range.length == 1 ? day : LocalDate.parse(range[1]);
            for (; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }
}

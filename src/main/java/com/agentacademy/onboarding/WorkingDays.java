package com.agentacademy.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The working-day calendar due dates are counted in: Monday to Friday, minus public holidays, plus
 * the weekend days worked in exchange for a longer break.
 */
final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> workingWeekends) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    LocalDate onOrAfter(LocalDate day) {
        LocalDate working = day;
        while (!isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        return working;
    }

    /** The working day {@code count} working days after {@code day} (before it when negative). */
    LocalDate plus(LocalDate day, int count) {
        LocalDate result = day;
        int step = count < 0 ? -1 : 1;
        for (int left = Math.abs(count); left > 0;) {
            result = result.plusDays(step);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: 0 on the same day, 1 from
     * a Friday to the next Monday; negative when {@code to} comes first.
     */
    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}

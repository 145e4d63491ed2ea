package com.agentacademy.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's due dates: a program week is five working days, the first beginning on the member's
 * start (or the next working day, when that is a weekend or holiday), and everything of a week is
 * due by the end of its last working day. Holidays stretch a week instead of shortening it.
 */
final class Schedule {

    static final int WORKING_DAYS_PER_WEEK = 5;

    private Schedule() {
    }

    static List<Assignment> of(ProgramPlan plan, LocalDate start, WorkingDays days) {
        LocalDate first = days.onOrAfter(start);
        List<Assignment> assignments = new ArrayList<>();
        for (int week = 1; week <= plan.weeks().size(); week++) {
            LocalDate startsOn = days.plus(first, (week - 1) * WORKING_DAYS_PER_WEEK);
            LocalDate dueOn = days.plus(first, week * WORKING_DAYS_PER_WEEK - 1);
            assignments.add(new Assignment(week, plan.weeks().get(week - 1), startsOn, dueOn));
        }
        return assignments;
    }
}

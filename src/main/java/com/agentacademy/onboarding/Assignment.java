package com.agentacademy.onboarding;

import java.time.LocalDate;

/**
 * One member's week of a program: what to read and pass, from which working day, and by which.
 *
 * @param week the week's number, from 1
 * @param startsOn the first working day of the week
 * @param dueOn the last working day of the week: everything of it is due by the end of this day
 */
record Assignment(int week, ProgramPlan.Week content, LocalDate startsOn, LocalDate dueOn) {

    /** How notices name the assignment: it is sent at most once per member, assignment and kind. */
    public String key() {
        return "week-" + week;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(dueOn);
    }
}

package com.agentacademy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Due dates in working days: five working days a program week, weekends and China's public
 * holidays skipped, worked weekend days counted, a late joiner on their own start, and a moved
 * start moving every due date.
 */
class DueDateTests {

    static final WorkingDays CHINA = new WorkingDays(ChinaPublicHolidays.HOLIDAYS, ChinaPublicHolidays.WORKING_WEEKENDS);

    static final ProgramPlan THREE_WEEKS = new ProgramPlan("Plan", null, null, null, List.of(
            new ProgramPlan.Week("One", null, List.of("c/01-a"), List.of()),
            new ProgramPlan.Week("Two", null, List.of("c/02-b"), List.of()),
            new ProgramPlan.Week("Three", null, List.of(), List.of("exam"))), null);

    @Test
    void aWeekIsFiveWorkingDaysAndEverythingOfItIsDueOnItsLast() {
        List<Assignment> weeks = Schedule.of(THREE_WEEKS, day("2026-03-02"), CHINA);

        assertThat(weeks).extracting(Assignment::startsOn).containsExactly(day("2026-03-02"), day("2026-03-09"),
                day("2026-03-16"));
        assertThat(weeks).extracting(Assignment::dueOn).containsExactly(day("2026-03-06"), day("2026-03-13"),
                day("2026-03-20"));
    }

    @Test
    void holidaysStretchAWeekAndAWorkedSaturdayCounts() {
        // National Day: 1 to 7 October 2026 off, Saturday 10 October worked
        List<Assignment> weeks = Schedule.of(THREE_WEEKS, day("2026-09-28"), CHINA);

        assertThat(weeks.get(0).dueOn()).isEqualTo(day("2026-10-09"));
        assertThat(weeks.get(1).startsOn()).isEqualTo(day("2026-10-10"));
        assertThat(weeks.get(1).dueOn()).isEqualTo(day("2026-10-15"));
    }

    @Test
    void aStartOnAWeekendOrAHolidayBeginsOnTheNextWorkingDay() {
        assertThat(Schedule.of(THREE_WEEKS, day("2026-03-07"), CHINA).get(0).startsOn()).isEqualTo(day("2026-03-09"));
        // Spring Festival: 15 to 23 February 2026 off, Saturday 28 February worked
        Assignment first = Schedule.of(THREE_WEEKS, day("2026-02-16"), CHINA).get(0);
        assertThat(first.startsOn()).isEqualTo(day("2026-02-24"));
        assertThat(first.dueOn()).isEqualTo(day("2026-02-28"));
    }

    @Test
    void withoutHolidaysOnlyWeekendsAreSkipped() {
        var weekdays = new WorkingDays(List.of(), List.of());

        assertThat(Schedule.of(THREE_WEEKS, day("2026-10-01"), weekdays).get(0).dueOn()).isEqualTo(day("2026-10-07"));
        assertThat(Schedule.of(THREE_WEEKS, day("2026-10-01"), CHINA).get(0).dueOn()).isEqualTo(day("2026-10-13"));
    }

    @Test
    void aLateJoinerStartsOnTheDayTheyJoinWithTheSameWeeks() {
        Cohort cohort = cohort(day("2026-03-02"));
        cohort.add(1, day("2026-03-02"));
        cohort.add(2, day("2026-03-11"));
        cohort.add(3, day("2026-02-20"));

        assertThat(dueDates(cohort, 1)).containsExactly(day("2026-03-06"), day("2026-03-13"), day("2026-03-20"));
        assertThat(dueDates(cohort, 2)).containsExactly(day("2026-03-17"), day("2026-03-24"), day("2026-03-31"));
        assertThat(dueDates(cohort, 3)).as("added before the start").containsExactly(day("2026-03-06"),
                day("2026-03-13"), day("2026-03-20"));
    }

    @Test
    void movingTheStartMovesEveryDueDate() {
        Cohort cohort = cohort(day("2026-03-02"));
        cohort.add(1, day("2026-03-02"));
        cohort.add(2, day("2026-03-11"));

        cohort.moveStart(day("2026-03-09"));

        assertThat(dueDates(cohort, 1)).containsExactly(day("2026-03-13"), day("2026-03-20"), day("2026-03-27"));
        assertThat(dueDates(cohort, 2)).as("the late joiner keeps their own start").containsExactly(day("2026-03-17"),
                day("2026-03-24"), day("2026-03-31"));

        cohort.moveStart(day("2026-03-16"));

        assertThat(dueDates(cohort, 2)).as("a start after the join day is everyone's start")
                .containsExactly(day("2026-03-20"), day("2026-03-27"), day("2026-04-03"));
    }

    @Test
    void countsWorkingDaysBetweenTwoDays() {
        assertThat(CHINA.between(day("2026-03-06"), day("2026-03-09"))).as("Friday to Monday").isEqualTo(1);
        assertThat(CHINA.between(day("2026-03-09"), day("2026-03-09"))).isZero();
        assertThat(CHINA.between(day("2026-03-13"), day("2026-03-09"))).isEqualTo(-4);
        assertThat(CHINA.plus(day("2026-03-09"), -5)).isEqualTo(day("2026-03-02"));
    }

    private static List<LocalDate> dueDates(Cohort cohort, long personId) {
        LocalDate start = cohort.startOf(cohort.member(personId).orElseThrow());
        return Schedule.of(THREE_WEEKS, start, CHINA).stream().map(Assignment::dueOn).toList();
    }

    private static Cohort cohort(LocalDate start) {
        return new Cohort("March", 1, 1, start, 9, 9, Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}

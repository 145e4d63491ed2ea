package com.agentacademy.onboarding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.agentacademy.people.PersonSummary;

/**
 * Where a member stands today, as the cohort board, the member's page and the notices show it.
 *
 * @param scheduleDays working days ahead (positive) or behind (negative) of the schedule
 * @param risks the at-risk rules that apply, each with its reason
 */
record Standing(PersonSummary person, MemberProgress progress, LocalDate today, int scheduleDays,
        List<RiskReason> risks) {

    /** How the member keeps to the schedule. */
    enum Pace {
        NOT_STARTED, ON_TRACK, AHEAD, BEHIND, COMPLETE
    }

    Standing {
        risks = List.copyOf(risks);
    }

    public Pace pace() {
        if (progress.complete()) {
            return Pace.COMPLETE;
        }
        if (!progress.startedOn(today)) {
            return Pace.NOT_STARTED;
        }
        return scheduleDays > 0 ? Pace.AHEAD : scheduleDays < 0 ? Pace.BEHIND : Pace.ON_TRACK;
    }

    public int scheduleDaysAbsolute() {
        return Math.abs(scheduleDays);
    }

    public boolean atRisk() {
        return !risks.isEmpty();
    }

    public Optional<MemberProgress.WeekProgress> thisWeek() {
        return progress.weekOn(today);
    }

    /** Earlier weeks with something still open. */
    public List<MemberProgress.WeekProgress> overdue() {
        return progress.overdueOn(today).stream()
                .filter(week -> thisWeek().map(current -> current.assignment().week() != week.assignment().week())
                        .orElse(true))
                .toList();
    }

    /** The exams the member sat, newest attempt first. */
    public List<MemberProgress.ExamRecord> examsTaken() {
        return progress.exams().stream().filter(exam -> exam.attempts() > 0)
                .sorted(Comparator.comparing(MemberProgress.ExamRecord::latestAt).reversed()).toList();
    }
}

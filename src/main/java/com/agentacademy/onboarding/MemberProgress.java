package com.agentacademy.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How far one member got through their program: each week's items with when they were done, the
 * exams with attempts and scores, the last reading or exam, and the go-live certificate.
 *
 * @param lastActivity the member's last reading of a program module or exam of the program, or {@code null}
 * @param certificates the certifications the member holds a current certificate of
 * @param goLiveSince when the member's current go-live certificate was issued, or {@code null}
 */
record MemberProgress(long personId, LocalDate start, List<WeekProgress> weeks, List<ExamRecord> exams,
        Instant lastActivity, List<String> certificates, Instant goLiveSince) {

    MemberProgress {
        weeks = List.copyOf(weeks);
        exams = List.copyOf(exams);
        certificates = List.copyOf(certificates);
    }

    /** A module to read or an exam to pass, and when it was done. */
    record Item(Kind kind, String reference, String title, String path, Instant doneAt) {

        enum Kind {
            MODULE, EXAM
        }

        public boolean done() {
            return doneAt != null;
        }
    }

    /** One week of the member's schedule and where they stand in it. */
    record WeekProgress(Assignment assignment, List<Item> items) {

        WeekProgress {
            items = List.copyOf(items);
        }

        public boolean done() {
            return items.stream().allMatch(Item::done);
        }

        public int doneCount() {
            return (int) items.stream().filter(Item::done).count();
        }

        /** Whether something of the week is still open after its due date. */
        public boolean overdueOn(LocalDate day) {
            return !done() && assignment.dueOn().isBefore(day);
        }
    }

    /**
     * One exam of the program as the member took it (its other language versions count too).
     *
     * @param failures graded attempts below the pass mark
     * @param latestPercent the newest graded attempt's score, or {@code null}
     */
    record ExamRecord(String slug, String title, int attempts, int failures, Double latestPercent, boolean passed,
            Instant latestAt) {
    }

    public int total() {
        return weeks.stream().mapToInt(week -> week.items().size()).sum();
    }

    public int done() {
        return weeks.stream().mapToInt(WeekProgress::doneCount).sum();
    }

    public int percent() {
        return total() == 0 ? 0 : done() * 100 / total();
    }

    public boolean complete() {
        return weeks.stream().allMatch(WeekProgress::done);
    }

    public boolean goLiveReady() {
        return goLiveSince != null;
    }

    /** Whether the member's first working day has come. */
    public boolean startedOn(LocalDate day) {
        return !weeks.isEmpty() && !day.isBefore(weeks.get(0).assignment().startsOn());
    }

    /** The week the day falls in: the first not yet due, else the last. */
    Optional<WeekProgress> weekOn(LocalDate day) {
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(weeks.stream().filter(week -> !week.assignment().dueOn().isBefore(day)).findFirst()
                .orElse(weeks.get(weeks.size() - 1)));
    }

    /** The weeks before the day's week with something still open. */
    List<WeekProgress> overdueOn(LocalDate day) {
        return weeks.stream().filter(week -> week.overdueOn(day)).toList();
    }

    /**
     * Working days ahead of the schedule (positive) or behind it (negative) on the day: behind by
     * the working days since the due date of the first week with something open; ahead by the
     * working days between the due date of the day's week and that of the first open week after
     * it. Working on the day's week is on track (0), as is anyone before their start.
     */
    int scheduleDays(LocalDate day, WorkingDays days) {
        Optional<WeekProgress> current = weekOn(day);
        if (current.isEmpty() || !startedOn(day)) {
            return 0;
        }
        LocalDate currentDue = current.get().assignment().dueOn();
        Optional<WeekProgress> firstOpen = weeks.stream().filter(week -> !week.done()).findFirst();
        if (firstOpen.isEmpty()) {
            return Math.max(0, days.between(currentDue, weeks.get(weeks.size() - 1).assignment().dueOn()));
        }
        LocalDate due = firstOpen.get().assignment().dueOn();
        if (due.isBefore(day)) {
            return -days.between(due, day);
        }
        return Math.max(0, days.between(currentDue, due));
    }
}

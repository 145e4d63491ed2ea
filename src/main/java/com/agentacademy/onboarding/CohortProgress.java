package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.web.ChartData;

/**
 * A cohort's progress over time, for its board and the training dashboard: at the end of each
 * program week so far, the share of the plan that was due and the share the members had done,
 * averaged over the members (each on their own schedule, so late joiners are judged fairly).
 */
@Service
@Transactional(readOnly = true)
public class CohortProgress {

    /** A cohort to choose on the dashboard. */
    public record CohortOption(long id, String name, LocalDate start) {
    }

    private final CohortRepository cohorts;
    private final CohortTracking tracking;
    private final MessageSource messages;
    private final Clock clock;

    CohortProgress(CohortRepository cohorts, CohortTracking tracking, MessageSource messages, Clock clock) {
        this.cohorts = cohorts;
        this.tracking = tracking;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every cohort, newest start first. */
    public List<CohortOption> cohorts() {
        return cohorts.findAllByOrderByStartDateDescIdDesc().stream()
                .map(cohort -> new CohortOption(cohort.getId(), cohort.getName(), cohort.getStartDate())).toList();
    }

    /** The cohort's progress chart; empty for an unknown cohort. */
    public Optional<ChartData> overTime(long cohortId, Locale locale) {
        return cohorts.findById(cohortId).map(cohort -> overTime(tracking.board(cohort, locale), locale));
    }

    ChartData overTime(CohortTracking.Board board, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> ends = new ArrayList<>();
        for (Assignment week : Schedule.of(board.plan(), board.cohort().getStartDate(), tracking.workingDays())) {
            ends.add(week.dueOn().isAfter(today) ? today : week.dueOn());
            if (!week.dueOn().isBefore(today)) {
                break;
            }
        }
        List<String> labels = new ArrayList<>();
        List<Double> planned = new ArrayList<>();
        List<Double> done = new ArrayList<>();
        if (today.isBefore(board.cohort().getStartDate()) || board.standings().isEmpty()) {
            ends.clear();
        }
        for (int week = 0; week < ends.size(); week++) {
            LocalDate day = ends.get(week);
            Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            double plannedSum = 0;
            double doneSum = 0;
            for (Standing standing : board.standings()) {
                MemberProgress progress = standing.progress();
                int total = Math.max(1, progress.total());
                plannedSum += progress.weeks().stream().filter(w -> !w.assignment().dueOn().isAfter(day))
                        .mapToInt(w -> w.items().size()).sum() * 100.0 / total;
                doneSum += progress.weeks().stream().flatMap(w -> w.items().stream())
                        .filter(item -> item.doneAt() != null && item.doneAt().isBefore(endOfDay)).count() * 100.0 / total;
            }
            int members = board.standings().size();
            labels.add(messages.getMessage("cohort.progress.week", new Object[] { String.valueOf(week + 1), day.toString() },
                    locale));
            planned.add(Math.round(plannedSum / members * 10) / 10.0);
            done.add(Math.round(doneSum / members * 10) / 10.0);
        }
        return new ChartData("cohort-progress", ChartData.Kind.LINE, labels,
                List.of(new ChartData.Series(messages.getMessage("cohort.progress.planned", null, locale), planned),
                        new ChartData.Series(messages.getMessage("cohort.progress.done", null, locale), done)));
    }
}

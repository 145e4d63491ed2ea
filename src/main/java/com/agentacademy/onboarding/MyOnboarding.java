package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's own view of their cohorts: where they stand, newest cohort first. */
@Service
@Transactional(readOnly = true)
class MyOnboarding {

    /** One of the person's cohorts, with their own standing in it. */
    record MyPlan(CohortTracking.Board board, Standing standing) {
    }

    private final CohortRepository cohorts;
    private final CohortTracking tracking;
    private final Clock clock;

    MyOnboarding(CohortRepository cohorts, CohortTracking tracking, Clock clock) {
        this.cohorts = cohorts;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Every cohort the person belongs to, finished ones included, for their own plan page. */
    List<MyPlan> of(long personId, Locale locale) {
        return plans(personId, cohorts.findByMember(personId), locale);
    }

    /** Only the cohorts still running, for the home page: a plan that ended long ago has no "this week". */
    List<MyPlan> running(long personId, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return plans(personId, cohorts.findByMember(personId), locale).stream()
                .filter(plan -> tracking.isRunning(plan.board().cohort(), plan.board().plan(), today)).toList();
    }

    private List<MyPlan> plans(long personId, List<Cohort> joined, Locale locale) {
        return joined.stream().flatMap(cohort -> cohort.member(personId).stream()
                .map(member -> tracking.board(cohort, member, locale)))
                .filter(board -> !board.standings().isEmpty())
                .map(board -> new MyPlan(board, board.standings().get(0)))
                .toList();
    }
}

package com.agentacademy.onboarding;

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

    MyOnboarding(CohortRepository cohorts, CohortTracking tracking) {
        this.cohorts = cohorts;
        this.tracking = tracking;
    }

    List<MyPlan> of(long personId, Locale locale) {
        return cohorts.findByMember(personId).stream().flatMap(cohort -> cohort.member(personId).stream()
                .map(member -> tracking.board(cohort, member, locale)))
                .filter(board -> !board.standings().isEmpty())
                .map(board -> new MyPlan(board, board.standings().get(0)))
                .toList();
    }
}

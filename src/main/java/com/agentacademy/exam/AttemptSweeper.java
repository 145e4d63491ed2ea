package com.agentacademy.exam;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every minute, closes the attempts of people who are gone when their time runs out, by their
 * exam's policy: autosubmit finishes the attempt as of its deadline; grace freezes the answers,
 * then abandons the attempt when the grace minutes are over unless the person submitted; abandon
 * abandons it. One instance sweeps at a time (ShedLock). An attempt that fails is logged and left
 * for the next sweep; the others go on.
 */
@Component
class AttemptSweeper {

    /** What one sweep did. */
    record Sweep(int finished, int frozen, int abandoned, int failed) {
    }

    private static final Logger log = LoggerFactory.getLogger(AttemptSweeper.class);
    private static final int BATCH = 500;

    private final AttemptStore store;
    private final AttemptClosing closing;
    private final Clock clock;

    AttemptSweeper(AttemptStore store, AttemptClosing closing, Clock clock) {
        this.store = store;
        this.closing = closing;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${academy.exams.sweep-every:PT1M}", initialDelayString = "${academy.exams.sweep-every:PT1M}")
    @SchedulerLock(name = "exam-attempt-sweeper", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    void run() {
        Sweep sweep = sweep();
        if (sweep.finished() + sweep.frozen() + sweep.abandoned() + sweep.failed() > 0) {
            log.info("Attempt sweep: finished={} frozen={} abandoned={} failed={}", sweep.finished(), sweep.frozen(),
                    sweep.abandoned(), sweep.failed());
        }
    }

    Sweep sweep() {
        Instant now = clock.instant();
        int finished = 0;
        int frozen = 0;
        int abandoned = 0;
        int failed = 0;
        for (Attempt attempt : store.overdue(now.minus(Attempt.NETWORK_ALLOWANCE), BATCH)) {
            try {
                switch (attempt.timeExpiry()) {
                    case AUTOSUBMIT -> finished += closing.finish(attempt, attempt.deadline(),
                            AttemptClosing.BY_SWEEPER) ? 1 : 0;
                    case GRACE -> {
                        if (now.isBefore(attempt.closesAt().plus(Attempt.NETWORK_ALLOWANCE))) {
                            frozen += store.markOverdue(attempt.id()) ? 1 : 0;
                        }
                        else {
                            abandoned += closing.abandon(attempt, attempt.closesAt(), AttemptClosing.BY_SWEEPER)
                                    ? 1 : 0;
                        }
                    }
                    case ABANDON -> abandoned += closing.abandon(attempt, attempt.deadline(),
                            AttemptClosing.BY_SWEEPER) ? 1 : 0;
                }
            }
            catch (RuntimeException e) {
                failed++;
                log.error("Attempt {} could not be closed; the next sweep tries again", attempt.id(), e);
            }
        }
        return new Sweep(finished, frozen, abandoned, failed);
    }
}

package com.agentacademy.career;

import java.time.Clock;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.security.AuditTrail;

/** A supervisor's (or HR's) entry or correction of one person's month, with the old and new figures in the audit log. */
@Service
class KpiEntry {

    private final KpiStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KpiEntry(KpiStore store, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void record(long actorId, KpiMonth figures) {
        String old = store.find(figures.personId(), figures.month())
                .map(entry -> entry.figures().figures() + " (" + entry.source() + ")")
                .orElse("none");
        store.save(figures, KpiStore.Source.MANUAL, actorId, clock.instant());
        audit.record(actorId, "KPI_ENTERED", "person:" + figures.personId(),
                "month=" + figures.month() + "; old=" + old + "; new=" + figures.figures());
        events.publishEvent(new KpisRecorded(Set.of(figures.personId())));
    }
}

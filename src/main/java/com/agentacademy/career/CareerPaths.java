package com.agentacademy.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.PersonSummary;

/** A person's path as a page shows it: where they stand, each next level with every requirement, their history. */
@Service
class CareerPaths {

    /** Everything the "My path" page and the person's career page show. */
    record Path(PersonSummary person, Placements.Placement placement, LadderLevel level,
            List<Eligibility.Standing> next, Optional<PromotionApplication> open, List<PromotionApplication> applications,
            List<Placements.Move> moves) {

        public boolean onLadder() {
            return placement != null;
        }

        /** The next level with the most progress: what the page suggests working on first. */
        public Optional<Eligibility.Standing> closest() {
            return next.stream().max(Comparator.comparingInt(Eligibility.Standing::percent));
        }
    }

    private final Placements placements;
    private final Ladder ladder;
    private final Eligibility eligibility;
    private final PromotionApplicationRepository applications;

    CareerPaths(Placements placements, Ladder ladder, Eligibility eligibility, PromotionApplicationRepository applications) {
        this.placements = placements;
        this.ladder = ladder;
        this.eligibility = eligibility;
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    Path of(PersonSummary person, Locale locale) {
        Optional<Placements.Placement> placement = placements.of(person);
        Optional<PromotionApplication> open = applications.findByOpenKey(person.id());
        List<Eligibility.Standing> next = new ArrayList<>();
        LadderLevel level = null;
        if (placement.isPresent()) {
            level = ladder.find(placement.get().levelCode()).orElse(null);
            for (LadderLevel target : ladder.next(placement.get().levelCode())) {
                boolean reviewed = open.filter(application -> application.getToLevel().equals(target.getCode())
                        && application.getState() == PromotionApplication.State.RECOMMENDED).isPresent();
                next.add(eligibility.evaluate(person, placement.get().since(), target, reviewed, locale));
            }
        }
        return new Path(person, placement.orElse(null), level, next, open,
                applications.findByPersonIdOrderByCreatedAtDesc(person.id()), placements.history(person.id()));
    }
}

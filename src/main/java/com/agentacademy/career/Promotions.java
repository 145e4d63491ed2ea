package com.agentacademy.career;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.agentacademy.people.Notifications;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.people.Role;
import com.agentacademy.security.AuditTrail;

/**
 * The promotion workflow: a person applies (or their supervisor nominates them) for a level they
 * are eligible for; the supervisor recommends or says "not yet"; HR approves or declines. Approval
 * checks the evidence again, moves the person and changes their roles at once. Every step is in the
 * audit log and everyone involved is told.
 */
@Service
class Promotions {

    /** The person is not eligible: the application is refused with the unmet requirements. */
    static final class NotEligible extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Eligibility.Standing standing;

        NotEligible(Eligibility.Standing standing) {
            super("not eligible for " + standing.level().getCode());
            this.standing = standing;
        }

        Eligibility.Standing standing() {
            return standing;
        }
    }

    private final PromotionApplicationRepository applications;
    private final Placements placements;
    private final Ladder ladder;
    private final Eligibility eligibility;
    private final EligibilityBoard board;
    private final PeopleDirectory people;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Promotions(PromotionApplicationRepository applications, Placements placements, Ladder ladder, Eligibility eligibility,
            EligibilityBoard board, PeopleDirectory people, Notifications notifications, AuditTrail audit, Clock clock) {
        this.applications = applications;
        this.placements = placements;
        this.ladder = ladder;
        this.eligibility = eligibility;
        this.board = board;
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person applies for a level reached from theirs; refused with reasons when not eligible. */
    @Transactional
    PromotionApplication apply(long personId, String levelCode, String motivation, Locale locale) {
        PersonSummary person = people.byId(personId).orElseThrow();
        PromotionApplication application = open(person, levelCode, null, motivation, locale);
        supervisorsOf(person).forEach(supervisor -> notifications.tellAndMail(supervisor.id(), "PROMOTION",
                "notification.career.applied", args(person, levelCode), "/career/applications/" + application.getId(), null));
        audit.record(personId, "PROMOTION_APPLIED", "application:" + application.getId(),
                "person " + personId + " for " + levelCode);
        return application;
    }

    /** A supervisor (or HR) puts a team member forward for a level they are eligible for. */
    @Transactional
    PromotionApplication nominate(PersonSummary actor, long personId, String levelCode, String note, Locale locale) {
        PersonSummary person = people.byId(personId).orElseThrow();
        if (!Scope.isSupervisorOf(actor, person) && !Scope.isHr(actor)) {
            throw new AccessDeniedException("not this person's supervisor");
        }
        PromotionApplication application = open(person, levelCode, actor.id(), note, locale);
        notifications.tellAndMail(personId, "PROMOTION", "notification.career.nominated", args(actor, levelCode),
                "/career", null);
        audit.record(actor.id(), "PROMOTION_NOMINATED", "application:" + application.getId(),
                "person " + personId + " for " + levelCode);
        return application;
    }

    private PromotionApplication open(PersonSummary person, String levelCode, Long nominatedBy, String motivation,
            Locale locale) {
        Placements.Placement placement = placements.of(person)
                .orElseThrow(() -> new PromotionApplication.StepRefused("career.refused.not-on-ladder"));
        LadderLevel target = ladder.find(levelCode).filter(level -> level.isReachedFrom(placement.levelCode()))
                .orElseThrow(() -> new PromotionApplication.StepRefused("career.refused.not-next"));
        if (applications.findByOpenKey(person.id()).isPresent()) {
            throw new PromotionApplication.StepRefused("career.refused.open-exists");
        }
        Eligibility.Standing standing = eligibility.evaluate(person, placement.since(), target, false, locale);
        if (!standing.eligible()) {
            throw new NotEligible(standing);
        }
        try {
            return applications.saveAndFlush(new PromotionApplication(person.id(), placement.levelCode(), levelCode,
                    nominatedBy, motivation == null ? "" : motivation, clock));
        }
        catch (DataIntegrityViolationException openedMeanwhile) {
            throw new PromotionApplication.StepRefused("career.refused.open-exists");
        }
    }

    /** The supervisor's review: recommend, or "not yet" with feedback (which closes the application). */
    @Transactional
    void review(PersonSummary reviewer, long applicationId, boolean recommend, String notes) {
        PromotionApplication application = find(applicationId);
        PersonSummary person = people.byId(application.getPersonId()).orElseThrow();
        if (!mayReview(reviewer, person)) {
            throw new AccessDeniedException("not this person's reviewer");
        }
        if (!recommend && (notes == null || notes.isBlank())) {
            throw new PromotionApplication.StepRefused("career.refused.feedback-required");
        }
        if (recommend) {
            application.recommend(reviewer.id(), notes == null ? "" : notes, clock);
            people.active().stream().filter(Scope::isHr).filter(hr -> hr.id() != person.id())
                    .forEach(hr -> notifications.tell(hr.id(), "PROMOTION", "notification.career.recommended",
                            args(person, application.getToLevel()), "/career/applications/" + applicationId, null));
        }
        else {
            application.notYet(reviewer.id(), notes, clock);
        }
        notifications.tellAndMail(person.id(), "PROMOTION",
                recommend ? "notification.career.review-recommended" : "notification.career.review-not-yet",
                args(reviewer, application.getToLevel()), "/career", null);
        audit.record(reviewer.id(), recommend ? "PROMOTION_RECOMMENDED" : "PROMOTION_NOT_YET",
                "application:" + applicationId, notes == null ? "" : notes);
    }

    /**
     * HR's decision. Approval checks the evidence again: a person who lost a requirement since the
     * application is refused with the reasons, and the application stays open for HR to decline.
     */
    @Transactional(noRollbackFor = NotEligible.class)
    void decide(PersonSummary decider, long applicationId, boolean approve, String note, Locale locale) {
        if (!Scope.isHr(decider)) {
            throw new AccessDeniedException("only HR decides");
        }
        PromotionApplication application = find(applicationId);
        if (application.getPersonId() == decider.id()) {
            throw new AccessDeniedException("nobody decides their own promotion");
        }
        PersonSummary person = people.byId(application.getPersonId()).orElseThrow();
        if (!approve) {
            if (note == null || note.isBlank()) {
                throw new PromotionApplication.StepRefused("career.refused.reason-required");
            }
            application.decline(decider.id(), note, clock);
            tellEveryone(application, person, "notification.career.declined");
            audit.record(decider.id(), "PROMOTION_DECLINED", "application:" + applicationId, note);
            return;
        }
        if (application.getState() == PromotionApplication.State.RECOMMENDED) {
            LadderLevel target = ladder.find(application.getToLevel()).orElseThrow();
            Placements.Placement placement = placements.of(person).orElseThrow();
            if (!placement.levelCode().equals(application.getFromLevel())) {
                throw new PromotionApplication.StepRefused("career.refused.level-changed");
            }
            Eligibility.Standing standing = eligibility.evaluate(person, placement.since(), target, true, locale);
            if (!standing.eligible()) {
                audit.record(decider.id(), "PROMOTION_REFUSED_STALE", "application:" + applicationId,
                        "no longer eligible: " + standing.unmetChecks().size() + " requirement(s) unmet");
                throw new NotEligible(standing);
            }
        }
        application.approve(decider.id(), note == null ? "" : note, clock);
        applications.saveAndFlush(application);
        placements.move(person.id(), application.getToLevel(), "PROMOTION", decider.id(),
                note == null || note.isBlank() ? "promotion approved" : note, applicationId);
        tellEveryone(application, person, "notification.career.approved");
        audit.record(decider.id(), "PROMOTION_APPROVED", "application:" + applicationId,
                "person " + person.id() + ": " + application.getFromLevel() + " -> " + application.getToLevel());
        board.recompute(person.id());
    }

    /** The person takes back their open application. */
    @Transactional
    void withdraw(long personId, long applicationId) {
        PromotionApplication application = find(applicationId);
        if (application.getPersonId() != personId) {
            throw new AccessDeniedException("not yours");
        }
        application.withdraw(clock);
        audit.record(personId, "PROMOTION_WITHDRAWN", "application:" + applicationId, "");
    }

    /** ADMIN puts a person on a level directly (a demotion or a correction), with a reason. */
    @Transactional
    void correct(PersonSummary admin, long personId, String levelCode, String reason) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only ADMIN corrects levels");
        }
        if (reason == null || reason.isBlank()) {
            throw new PromotionApplication.StepRefused("career.refused.reason-required");
        }
        ladder.find(levelCode).orElseThrow(() -> new PromotionApplication.StepRefused("career.refused.not-next"));
        applications.findByOpenKey(personId).ifPresent(open -> open.withdraw(clock));
        Placements.Move move = placements.move(personId, levelCode, "CORRECTION", admin.id(), reason.strip(), null);
        LadderLevel level = ladder.find(levelCode).orElseThrow();
        notifications.tellAndMail(personId, "PROMOTION", "notification.career.corrected",
                List.of(level.getNameEn(), level.getNameZh(), reason.strip()), "/career", null);
        audit.record(admin.id(), "LEVEL_CORRECTED", "person:" + personId,
                move.fromLevel() + " -> " + levelCode + ": " + reason.strip());
        board.recompute(personId);
    }

    PromotionApplication find(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Optional<PromotionApplication> openOf(long personId) {
        return applications.findByOpenKey(personId);
    }

    /** The person's supervisor, or HR and ADMIN when the person's team has no supervisor. */
    boolean mayReview(PersonSummary reviewer, PersonSummary person) {
        if (reviewer.id() == person.id()) {
            return false;
        }
        if (Scope.isSupervisorOf(reviewer, person)) {
            return true;
        }
        return Scope.isHr(reviewer) && supervisorsOf(person).isEmpty();
    }

    List<PersonSummary> supervisorsOf(PersonSummary person) {
        if (person.teamId() == null) {
            return List.of();
        }
        return people.active().stream().filter(other -> Scope.isSupervisorOf(other, person)).toList();
    }

    private void tellEveryone(PromotionApplication application, PersonSummary person, String key) {
        LadderLevel level = ladder.find(application.getToLevel()).orElseThrow();
        Set<Long> involved = new LinkedHashSet<>();
        involved.add(person.id());
        if (application.getReviewerId() != null) {
            involved.add(application.getReviewerId());
        }
        if (application.getNominatedBy() != null) {
            involved.add(application.getNominatedBy());
        }
        if (application.getDeciderId() != null) {
            involved.add(application.getDeciderId());
        }
        for (long id : involved) {
            notifications.tellAndMail(id, "PROMOTION", key,
                    List.of(level.getNameEn(), level.getNameZh(), person.displayName()),
                    id == person.id() ? "/career" : "/career/applications/" + application.getId(), null);
        }
    }

    private List<String> args(PersonSummary who, String levelCode) {
        LadderLevel level = ladder.find(levelCode).orElseThrow();
        return List.of(level.getNameEn(), level.getNameZh(), who.displayName());
    }
}

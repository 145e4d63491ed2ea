package com.agentacademy.career;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.SpreadsheetExport;

/** Applications (the review queue, one application, its steps) and the eligibility list, each for its scope. */
@Controller
class PromotionController {

    /** One row of the queue. */
    record QueueLine(PromotionApplication application, PersonSummary person, String from, String to, long ageDays,
            boolean awaitsMe) {
    }

    /** One row of the eligibility list. */
    record EligibilityLine(PersonSummary person, String team, String level, LadderLevel target, EligibilityBoard.Entry entry,
            List<String> unmet, boolean open) {
    }

    private final Promotions promotions;
    private final PromotionApplicationRepository applications;
    private final EligibilityBoard board;
    private final Eligibility eligibility;
    private final Placements placements;
    private final Ladder ladder;
    private final PeopleDirectory people;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    PromotionController(Promotions promotions, PromotionApplicationRepository applications, EligibilityBoard board,
            Eligibility eligibility, Placements placements, Ladder ladder, PeopleDirectory people, MessageSource messages,
            AuditTrail audit, Clock clock) {
        this.promotions = promotions;
        this.applications = applications;
        this.board = board;
        this.eligibility = eligibility;
        this.placements = placements;
        this.ladder = ladder;
        this.people = people;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/career/applications")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR', 'ADMIN')")
    String queue(@AuthenticationPrincipal SignedInPerson signedIn, Locale locale, Model model) {
        PersonSummary viewer = me(signedIn);
        List<PromotionApplication> open = applications.findByStateInOrderByCreatedAtAsc(
                EnumSet.of(PromotionApplication.State.SUBMITTED, PromotionApplication.State.RECOMMENDED));
        Map<Long, PersonSummary> persons = people.byIds(open.stream().map(PromotionApplication::getPersonId).toList());
        Map<String, String> names = ladder.names(locale);
        List<QueueLine> lines = new ArrayList<>();
        for (PromotionApplication application : open) {
            PersonSummary person = persons.get(application.getPersonId());
            if (person == null || !Scope.maySee(viewer, person) || person.id() == viewer.id()) {
                continue;
            }
            boolean awaitsMe = application.getState() == PromotionApplication.State.SUBMITTED
                    ? promotions.mayReview(viewer, person) : Scope.isHr(viewer);
            lines.add(new QueueLine(application, person, names.getOrDefault(application.getFromLevel(), application.getFromLevel()),
                    names.getOrDefault(application.getToLevel(), application.getToLevel()),
                    Duration.between(application.getCreatedAt(), clock.instant()).toDays(), awaitsMe));
        }
        lines.sort(Comparator.comparing((QueueLine line) -> !line.awaitsMe()));
        model.addAttribute("lines", lines);
        return "career/queue";
    }

    @GetMapping("/career/applications/{id}")
    String application(@PathVariable long id, @AuthenticationPrincipal SignedInPerson signedIn, Locale locale,
            Model model) {
        PersonSummary viewer = me(signedIn);
        PromotionApplication application = promotions.find(id);
        PersonSummary person = people.byId(application.getPersonId()).orElseThrow();
        if (!Scope.maySee(viewer, person)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LadderLevel target = ladder.find(application.getToLevel()).orElseThrow();
        Optional<Placements.Placement> placement = placements.of(person);
        boolean reviewed = application.getState() == PromotionApplication.State.RECOMMENDED
                || application.getState() == PromotionApplication.State.APPROVED;
        placement.ifPresent(place -> model.addAttribute("standing",
                eligibility.evaluate(person, place.since(), target, reviewed, locale)));
        model.addAttribute("promotion", application);
        model.addAttribute("person", person);
        model.addAttribute("from", ladder.find(application.getFromLevel()).map(level -> level.name(locale))
                .orElse(application.getFromLevel()));
        model.addAttribute("to", target.name(locale));
        List<Long> involved = new ArrayList<>();
        for (Long one : new Long[] { application.getNominatedBy(), application.getReviewerId(), application.getDeciderId() }) {
            if (one != null) {
                involved.add(one);
            }
        }
        model.addAttribute("names", people.byIds(involved).values().stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName)));
        model.addAttribute("mayReview", application.getState() == PromotionApplication.State.SUBMITTED
                && promotions.mayReview(viewer, person));
        model.addAttribute("mayDecide", application.getState() == PromotionApplication.State.RECOMMENDED
                && Scope.isHr(viewer) && viewer.id() != person.id());
        model.addAttribute("mayWithdraw", application.isOpen() && viewer.id() == person.id());
        return "career/application";
    }

    @PostMapping("/career/applications/{id}/review")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR', 'ADMIN')")
    String review(@PathVariable long id, @RequestParam boolean recommend, @RequestParam(defaultValue = "") String notes,
            @AuthenticationPrincipal SignedInPerson signedIn, RedirectAttributes redirect) {
        return step(id, redirect, recommend ? "career.reviewed.recommended" : "career.reviewed.not-yet",
                () -> promotions.review(me(signedIn), id, recommend, limit(notes)));
    }

    @PostMapping("/career/applications/{id}/decision")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal SignedInPerson signedIn, Locale locale, RedirectAttributes redirect) {
        return step(id, redirect, approve ? "career.decided.approved" : "career.decided.declined",
                () -> promotions.decide(me(signedIn), id, approve, limit(note), locale));
    }

    @PostMapping("/career/applications/{id}/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInPerson signedIn,
            RedirectAttributes redirect) {
        return step(id, redirect, "career.withdrawn", () -> promotions.withdraw(signedIn.personId(), id));
    }

    private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", done);
        }
        catch (Promotions.NotEligible notEligible) {
            redirect.addFlashAttribute("failure", "career.refused.no-longer-eligible");
            redirect.addFlashAttribute("reasons", CareerController.reasons(notEligible.standing()));
        }
        catch (PromotionApplication.StepRefused refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        catch (ObjectOptimisticLockingFailureException decidedMeanwhile) {
            redirect.addFlashAttribute("failure", "career.refused.already-decided");
        }
        return "redirect:/career/applications/" + id;
    }

    @GetMapping("/career/eligibility")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR', 'ADMIN')")
    String eligibilityList(@RequestParam(required = false) Long team, @RequestParam(defaultValue = "false") boolean all,
            @AuthenticationPrincipal SignedInPerson signedIn, Locale locale, Model model) {
        PersonSummary viewer = me(signedIn);
        model.addAttribute("lines", lines(viewer, team, all, locale));
        model.addAttribute("teams", Scope.isHr(viewer) ? people.teams() : List.of());
        model.addAttribute("team", team);
        model.addAttribute("all", all);
        return "career/eligibility";
    }

    @GetMapping("/career/eligibility.{format:csv|xlsx}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR', 'ADMIN')")
    void exportEligibility(@PathVariable String format, @RequestParam(required = false) Long team,
            @RequestParam(defaultValue = "false") boolean all, @AuthenticationPrincipal SignedInPerson signedIn,
            Locale locale, HttpServletResponse response) throws IOException {
        List<EligibilityLine> lines = lines(me(signedIn), team, all, locale);
        List<String> header = List.of(text("career.column.person", locale), text("career.column.employee-number", locale),
                text("career.column.team", locale), text("career.column.level", locale),
                text("career.column.target", locale), text("career.column.eligible", locale),
                text("career.column.met", locale), text("career.column.unmet", locale));
        List<List<Object>> rows = lines.stream().map(line -> List.<Object>of(line.person().displayName(),
                line.person().employeeNumber(), line.team(), line.level(), line.target().name(locale),
                text(line.entry().eligible() ? "career.yes" : "career.no", locale),
                line.entry().met() + "/" + line.entry().total(), String.join("; ", line.unmet()))).toList();
        SpreadsheetExport.download(format, "eligibility", text("career.eligibility.title", locale), header, rows, response);
        audit.record(signedIn.personId(), "EXPORT", "career-eligibility", format + ", " + rows.size() + " rows");
    }

    private List<EligibilityLine> lines(PersonSummary viewer, Long team, boolean all, Locale locale) {
        List<PersonSummary> scope = people.active().stream()
                .filter(person -> Scope.isHr(viewer) ? team == null || team.equals(person.teamId())
                        : Scope.isSupervisorOf(viewer, person))
                .toList();
        Map<Long, PersonSummary> byId = scope.stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<Long, String> teams = people.teams().stream()
                .collect(Collectors.toMap(PeopleDirectory.TeamSummary::id, PeopleDirectory.TeamSummary::name));
        Map<Long, Placements.Placement> placed = placements.ofAll(scope);
        Map<String, LadderLevel> levels = ladder.all().stream()
                .collect(Collectors.toMap(LadderLevel::getCode, Function.identity()));
        Set<Long> openPeople = applications.findByStateInOrderByCreatedAtAsc(
                EnumSet.of(PromotionApplication.State.SUBMITTED, PromotionApplication.State.RECOMMENDED)).stream()
                .map(PromotionApplication::getPersonId).collect(Collectors.toSet());
        Map<String, String> titles = new HashMap<>();
        List<EligibilityLine> lines = new ArrayList<>();
        for (EligibilityBoard.Entry entry : board.of(byId.keySet())) {
            LadderLevel target = levels.get(entry.levelCode());
            Placements.Placement placement = placed.get(entry.personId());
            if (target == null || placement == null || (!all && !entry.eligible())) {
                continue;
            }
            PersonSummary person = byId.get(entry.personId());
            List<String> unmet = entry.unmet().stream().filter(i -> i < target.getRequirements().size())
                    .map(i -> titles.computeIfAbsent(target.getCode() + "#" + i,
                            key -> eligibility.title(target.getRequirements().get(i), locale)))
                    .toList();
            String level = levels.containsKey(placement.levelCode()) ? levels.get(placement.levelCode()).name(locale)
                    : placement.levelCode();
            lines.add(new EligibilityLine(person, person.teamId() == null ? "" : teams.getOrDefault(person.teamId(), ""),
                    level, target, entry, unmet, openPeople.contains(person.id())));
        }
        return lines;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String limit(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private PersonSummary me(SignedInPerson signedIn) {
        return people.byId(signedIn.personId()).orElseThrow(() -> new AccessDeniedException("unknown person"));
    }
}

package com.agentacademy.exam;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.SignedInPerson;

/** Trainers and HR grant a person extra time or extra attempts at one exam. */
@Controller
@PreAuthorize("hasAnyRole('TRAINER', 'HR', 'ADMIN')")
class AccommodationController {

    /** The grant form, kept as typed when something is wrong. */
    static final class GrantForm {
        private String username = "";
        private String exam = "";
        private String extraMinutes = "0";
        private String extraAttempts = "0";
        private String reason = "";

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username == null ? "" : username.strip();
        }

        public String getExam() {
            return exam;
        }

        public void setExam(String exam) {
            this.exam = exam == null ? "" : exam;
        }

        public String getExtraMinutes() {
            return extraMinutes;
        }

        public void setExtraMinutes(String extraMinutes) {
            this.extraMinutes = extraMinutes == null ? "" : extraMinutes.strip();
        }

        public String getExtraAttempts() {
            return extraAttempts;
        }

        public void setExtraAttempts(String extraAttempts) {
            this.extraAttempts = extraAttempts == null ? "" : extraAttempts.strip();
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason == null ? "" : reason.strip();
        }
    }

    /** A grant as listed, with names instead of ids. */
    record Line(Accommodation accommodation, PersonSummary person, Exam exam, PersonSummary grantedBy) {
    }

    private final Accommodations accommodations;
    private final ExamRepository exams;
    private final PeopleDirectory people;

    AccommodationController(Accommodations accommodations, ExamRepository exams, PeopleDirectory people) {
        this.accommodations = accommodations;
        this.exams = exams;
        this.people = people;
    }

    @GetMapping("/accommodations")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new GrantForm());
        }
        List<Accommodation> all = accommodations.all();
        Map<Long, PersonSummary> names = people.byIds(all.stream()
                .flatMap(grant -> java.util.stream.Stream.of(grant.personId(), grant.grantedBy())).toList());
        List<Exam> examList = exams.findAllByOrderBySlugAsc();
        Map<Long, Exam> byId = examList.stream().collect(Collectors.toMap(Exam::getId, Function.identity()));
        model.addAttribute("lines", all.stream().map(grant -> new Line(grant, names.get(grant.personId()),
                byId.get(grant.examId()), names.get(grant.grantedBy()))).toList());
        model.addAttribute("exams", examList);
        return "exam/accommodations";
    }

    @PostMapping("/accommodations")
    String grant(@ModelAttribute("form") GrantForm form, @AuthenticationPrincipal SignedInPerson granter,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        PersonSummary person = people.byUsername(form.getUsername()).filter(PersonSummary::active).orElse(null);
        if (person == null) {
            errors.put("username", "accommodation.error.person");
        }
        Exam exam = exams.findBySlug(form.getExam()).orElse(null);
        if (exam == null) {
            errors.put("exam", "accommodation.error.exam");
        }
        Integer minutes = number(form.getExtraMinutes(), Accommodations.MAX_EXTRA_MINUTES);
        if (minutes == null) {
            errors.put("extraMinutes", "accommodation.error.minutes");
        }
        Integer attempts = number(form.getExtraAttempts(), Accommodations.MAX_EXTRA_ATTEMPTS);
        if (attempts == null) {
            errors.put("extraAttempts", "accommodation.error.attempts");
        }
        if (form.getReason().isEmpty() || form.getReason().length() > 500) {
            errors.put("reason", "accommodation.error.reason");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return list(model);
        }
        int running = accommodations.grant(person.id(), exam.getId(), minutes, attempts, form.getReason(),
                granter.personId());
        redirect.addFlashAttribute("success", running > 0 ? "accommodation.saved-running" : "accommodation.saved");
        return "redirect:/accommodations";
    }

    private static Integer number(String typed, int max) {
        if (typed == null || !typed.matches("\\d{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(typed);
        return value <= max ? value : null;
    }
}

package com.agentacademy.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.security.SignedInPerson;

/** The feedback loop on modules: the agent's own reports with their answers, and the trainers' queue. */
@Controller
class FeedbackController {

    private static final List<ModuleFeedback.Status> OPEN = List.of(ModuleFeedback.Status.NEW,
            ModuleFeedback.Status.ACCEPTED);

    private final ModuleFeedbackRepository feedback;
    private final CourseModuleRepository modules;
    private final CourseRepository courses;
    private final Clock clock;

    FeedbackController(ModuleFeedbackRepository feedback, CourseModuleRepository modules, CourseRepository courses,
            Clock clock) {
        this.feedback = feedback;
        this.modules = modules;
        this.courses = courses;
        this.clock = clock;
    }

    @GetMapping("/feedback")
    String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
        List<ModuleFeedback> items = feedback.findByPersonIdOrderByCreatedAtDesc(person.personId());
        model.addAttribute("items", items);
        addPlaces(items, model);
        return "catalog/feedback";
    }

    @GetMapping("/authoring/feedback")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String queue(@RequestParam(defaultValue = "open") String show, Model model) {
        List<ModuleFeedback> items = "all".equals(show)
                ? feedback.findByStatusInOrderByCreatedAtAsc(List.of(ModuleFeedback.Status.values()))
                : feedback.findByStatusInOrderByCreatedAtAsc(OPEN);
        model.addAttribute("items", items);
        model.addAttribute("show", show);
        model.addAttribute("statuses", ModuleFeedback.Status.values());
        addPlaces(items, model);
        return "authoring/feedback";
    }

    @PostMapping("/authoring/feedback/{id}")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    String answer(@PathVariable long id, @RequestParam ModuleFeedback.Status status,
            @RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal SignedInPerson trainer,
            RedirectAttributes redirect) {
        ModuleFeedback item = feedback.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (answer.length() > ModuleFeedback.MAX_TEXT) {
            redirect.addFlashAttribute("failure", "feedback.text.invalid");
            return "redirect:/authoring/feedback";
        }
        item.answer(status, answer, trainer.personId(), clock);
        redirect.addFlashAttribute("success", "feedback.answered");
        return "redirect:/authoring/feedback";
    }

    /** Where each piece of feedback was given: course and module, for links; only those are read. */
    private void addPlaces(List<ModuleFeedback> items, Model model) {
        Map<Long, CourseModule> moduleById = modules.findAllById(items.stream().map(ModuleFeedback::getModuleId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(CourseModule::getId, Function.identity()));
        Map<Long, Course> courseById = courses.findAllById(moduleById.values().stream().map(CourseModule::getCourseId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Course::getId, Function.identity()));
        model.addAttribute("moduleById", moduleById);
        model.addAttribute("courseById", courseById);
    }
}

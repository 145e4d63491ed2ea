package com.agentacademy.exam;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An exam's settings in the browser: title, time limit, pass mark, attempts, shuffling, what
 * happens at the deadline, review and draws. {@code exam.yml} takes them back only when it changes.
 */
@Controller
@RequestMapping("/exams/banks/{slug}/settings")
class ExamSettingsController {

    private final ExamRepository exams;
    private final QuestionBank bank;

    ExamSettingsController(ExamRepository exams, QuestionBank bank) {
        this.exams = exams;
        this.bank = bank;
    }

    @ModelAttribute("timeExpiries")
    TimeExpiry[] timeExpiries() {
        return TimeExpiry.values();
    }

    @ModelAttribute("reviewPolicies")
    ReviewPolicy[] reviewPolicies() {
        return ReviewPolicy.values();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
    String settings(@PathVariable String slug, Model model) {
        Exam exam = find(slug);
        model.addAttribute("examSettingsForm", ExamSettingsForm.of(exam));
        model.addAttribute("exam", exam);
        return "exam/settings";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String save(@PathVariable String slug, @Valid ExamSettingsForm examSettingsForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Exam exam = find(slug);
        List<ExamDefinition.Draw> draws = examSettingsForm.check(bank.drawableByCategory(exam.getId()), result);
        if (result.hasErrors()) {
            model.addAttribute("exam", exam);
            return "exam/settings";
        }
        exam.change(examSettingsForm.toSettings(draws));
        exams.save(exam);
        redirect.addFlashAttribute("success", "exam-settings.saved");
        return "redirect:/exams/banks/" + slug;
    }

    private Exam find(String slug) {
        return exams.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

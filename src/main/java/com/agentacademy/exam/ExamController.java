package com.agentacademy.exam;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.security.SignedInPerson;

/** The exams a person can take, each exam's rules before it starts, and the start itself. */
@Controller
class ExamController {

    /** An exam in the list with where the person stands. */
    record ExamCard(Exam exam, Standing standing, Certification certification) {
    }

    private final ExamRepository exams;
    private final CertificationRepository certifications;
    private final ExamQuestionRepository questions;
    private final ExamAttempts attempts;

    ExamController(ExamRepository exams, CertificationRepository certifications, ExamQuestionRepository questions,
            ExamAttempts attempts) {
        this.exams = exams;
        this.certifications = certifications;
        this.questions = questions;
        this.attempts = attempts;
    }

    @GetMapping("/exams")
    String list(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        Map<String, Certification> byId = certifications.findAll().stream()
                .collect(Collectors.toMap(Certification::getId, Function.identity()));
        String language = locale.getLanguage();
        List<Exam> listed = exams.findAllByOrderBySlugAsc().stream()
                .sorted(Comparator.comparing((Exam exam) -> !exam.getLocale().startsWith(language)))
                .toList();
        List<ExamCard> cards = attempts.standings(listed, person.personId()).stream()
                .map(standing -> new ExamCard(standing.exam(), standing, standing.exam().getCertificationId() == null
                        ? null : byId.get(standing.exam().getCertificationId())))
                .toList();
        model.addAttribute("cards", cards);
        return "exam/list";
    }

    @GetMapping("/exams/{slug}")
    String start(@PathVariable String slug, @AuthenticationPrincipal SignedInPerson person, Model model) {
        Exam exam = exam(slug);
        model.addAttribute("exam", exam);
        model.addAttribute("standing", attempts.standing(exam, person.personId()));
        model.addAttribute("questionCount", questionCount(exam));
        model.addAttribute("certification", exam.getCertificationId() == null ? null
                : certifications.findById(exam.getCertificationId()).orElse(null));
        return "exam/start";
    }

    @PostMapping("/exams/{slug}/start")
    String begin(@PathVariable String slug, @AuthenticationPrincipal SignedInPerson person,
            RedirectAttributes redirect) {
        Exam exam = exam(slug);
        ExamAttempts.StartOutcome outcome = attempts.start(exam, person.personId());
        if (outcome.attemptId() == null) {
            redirect.addFlashAttribute("refusal", outcome.refusal().name());
            return "redirect:/exams/" + slug;
        }
        return "redirect:/attempts/" + outcome.attemptId() + "/questions/1";
    }

    /** How many questions an attempt shows: the draws' counts, or every live question. */
    private long questionCount(Exam exam) {
        List<ExamQuestion> all = questions.findByExamId(exam.getId());
        Map<String, Long> drawable = QuestionBank.drawableByCategory(all);
        if (exam.getDraws().isEmpty()) {
            return drawable.values().stream().mapToLong(Long::longValue).sum()
                    + all.stream().filter(question -> !question.isRetired() && question.getCategory() == null
                            && question.getType() != com.agentacademy.gift.GiftType.DESCRIPTION).count();
        }
        return exam.getDraws().stream()
                .mapToLong(draw -> Math.min(draw.count(), drawable.getOrDefault(draw.category(), 0L))).sum();
    }

    private Exam exam(String slug) {
        return exams.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

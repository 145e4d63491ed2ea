package com.agentacademy.exam;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import com.agentacademy.gift.GiftType;

/** Trainers and QA see the imported exams: their settings and their question banks by type and category. */
@Controller
@PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
class ExamBankController {

    /** An exam with its live questions counted by type. */
    record ExamSummary(Exam exam, Map<GiftType, Long> byType, long total) {

        public long count(GiftType type) {
            return byType.getOrDefault(type, 0L);
        }
    }

    private final ExamRepository exams;
    private final ExamQuestionRepository questions;
    private final CertificationRepository certifications;

    ExamBankController(ExamRepository exams, ExamQuestionRepository questions, CertificationRepository certifications) {
        this.exams = exams;
        this.questions = questions;
        this.certifications = certifications;
    }

    @GetMapping("/exams/banks")
    String banks(Model model) {
        List<ExamSummary> summaries = exams.findAllByOrderBySlugAsc().stream().map(this::summary).toList();
        model.addAttribute("summaries", summaries);
        model.addAttribute("types", GiftType.values());
        model.addAttribute("certifications", certifications.findAll().stream()
                .collect(Collectors.toMap(Certification::getId, certification -> certification)));
        return "exam/banks";
    }

    @GetMapping("/exams/banks/{slug}")
    String bank(@PathVariable String slug, Model model) {
        Exam exam = exams.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Long> byCategory = questions.findByExamId(exam.getId()).stream().filter(q -> !q.isRetired())
                .collect(Collectors.groupingBy(q -> q.getCategory() == null ? "—" : q.getCategory(),
                        java.util.TreeMap::new, Collectors.counting()));
        model.addAttribute("summary", summary(exam));
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("certification", exam.getCertificationId() == null ? null
                : certifications.findById(exam.getCertificationId()).orElse(null));
        return "exam/bank";
    }

    private ExamSummary summary(Exam exam) {
        List<ExamQuestion> live = questions.findByExamId(exam.getId()).stream().filter(q -> !q.isRetired()).toList();
        Map<GiftType, Long> byType = new EnumMap<>(GiftType.class);
        live.forEach(question -> byType.merge(question.getType(), 1L, Long::sum));
        return new ExamSummary(exam, byType, live.size());
    }
}

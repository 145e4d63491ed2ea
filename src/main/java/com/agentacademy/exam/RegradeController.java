package com.agentacademy.exam;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.security.SignedInPerson;

/** After correcting a question, a trainer regrades the attempts that showed it and sees the history. */
@Controller
class RegradeController {

    private final Regrading regrading;
    private final ExamRepository exams;
    private final ExamQuestionRepository questions;
    private final QuestionRevisionRepository revisions;

    RegradeController(Regrading regrading, ExamRepository exams, ExamQuestionRepository questions,
            QuestionRevisionRepository revisions) {
        this.regrading = regrading;
        this.exams = exams;
        this.questions = questions;
        this.revisions = revisions;
    }

    @GetMapping("/exams/banks/{slug}/questions/{id}/regrade")
    @PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
    String page(@PathVariable String slug, @PathVariable long id, Model model) {
        ExamQuestion question = question(slug, id);
        model.addAttribute("exam", exams.findBySlug(slug).orElseThrow());
        model.addAttribute("question", question);
        model.addAttribute("revision", revisions.findFirstByQuestionIdOrderByNumberDesc(id).orElse(null));
        model.addAttribute("attempts", regrading.finishedAttemptsShowing(id));
        model.addAttribute("history", regrading.history(id));
        return "exam/regrade";
    }

    @PostMapping("/exams/banks/{slug}/questions/{id}/regrade")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String regrade(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal SignedInPerson trainer,
            RedirectAttributes redirect) {
        question(slug, id);
        try {
            Regrading.Report report = regrading.regrade(id, trainer.personId());
            redirect.addFlashAttribute("report", report);
        }
        catch (Regrading.Incompatible refused) {
            redirect.addFlashAttribute("failure", "regrade.incompatible");
        }
        return "redirect:/exams/banks/" + slug + "/questions/" + id + "/regrade";
    }

    private ExamQuestion question(String slug, long id) {
        Exam exam = exams.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return questions.findById(id).filter(question -> question.getExamId().equals(exam.getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

package com.agentacademy.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.catalog.GiftTextRenderer;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.security.SignedInPerson;

/** The grading queue of essay answers for QA specialists and trainers. */
@Controller
@PreAuthorize("hasAnyRole('QA', 'TRAINER', 'ADMIN')")
class GradingController {

    private final EssayGrading grading;
    private final AttemptStore store;
    private final AttemptPages pages;
    private final ExamRepository exams;
    private final GiftTextRenderer renderer;

    GradingController(EssayGrading grading, AttemptStore store, AttemptPages pages, ExamRepository exams,
            GiftTextRenderer renderer) {
        this.grading = grading;
        this.store = store;
        this.pages = pages;
        this.exams = exams;
        this.renderer = renderer;
    }

    @GetMapping("/grading")
    String queue(@AuthenticationPrincipal SignedInPerson grader, Model model) {
        model.addAttribute("queue", grading.queue(grader.personId()));
        return "exam/grading-queue";
    }

    @GetMapping("/grading/{attemptId}/{position}")
    String essay(@PathVariable long attemptId, @PathVariable int position,
            @AuthenticationPrincipal SignedInPerson grader, Locale locale, Model model) {
        Attempt attempt = store.find(attemptId).filter(found -> found.personId() != grader.personId())
                .filter(found -> found.status() == AttemptStatus.FINISHED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        GiftQuestion question = pages.gift(attemptId, position);
        if (question == null || question.type() != com.agentacademy.gift.GiftType.ESSAY) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AttemptStore.AttemptQuestion drawn = store.questions(attemptId).stream()
                .filter(line -> line.position() == position).findFirst().orElseThrow();
        String response = store.answers(attemptId).stream().filter(answer -> answer.position() == position)
                .findFirst().map(AttemptStore.Answer::response).orElse(null);
        Exam exam = exams.findById(attempt.examId()).orElseThrow();
        model.addAttribute("attempt", attempt);
        model.addAttribute("exam", exam);
        model.addAttribute("position", position);
        model.addAttribute("questionHtml", renderer.inline(question.text(), question.format()));
        model.addAttribute("generalFeedbackHtml", renderer.inline(question.generalFeedback(), question.format()));
        model.addAttribute("answerHtml", pages.answerHtml(question, response, locale));
        model.addAttribute("rubric", grading.rubricOf(attempt.examId()));
        model.addAttribute("given", drawn.rubricPoints() == null ? List.of()
                : java.util.Arrays.stream(drawn.rubricPoints().split(",")).map(Integer::valueOf).toList());
        model.addAttribute("comment", drawn.graderComment());
        model.addAttribute("graded", drawn.score() != null);
        return "exam/grading-essay";
    }

    @PostMapping("/grading/{attemptId}/{position}")
    String grade(@PathVariable long attemptId, @PathVariable int position,
            @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInPerson grader,
            RedirectAttributes redirect) {
        int criteria = grading.rubricOf(store.find(attemptId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).examId()).size();
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < criteria; i++) {
            String value = form.getFirst("points-" + i);
            points.add(value != null && value.matches("\\d{1,3}") ? Integer.valueOf(value) : null);
        }
        try {
            grading.grade(attemptId, position, points, form.getFirst("comment"), grader.personId());
        }
        catch (EssayGrading.Refused refused) {
            if (refused.getMessage().equals("points")) {
                redirect.addFlashAttribute("failure", "grading.refused.points");
                return "redirect:/grading/" + attemptId + "/" + position;
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "grading.saved");
        return grading.queue(grader.personId()).stream().findFirst()
                .map(next -> "redirect:/grading/" + next.attemptId() + "/" + next.position())
                .orElse("redirect:/grading");
    }
}

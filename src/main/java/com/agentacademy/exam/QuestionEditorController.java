package com.agentacademy.exam;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.gift.GiftDocument;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;
import com.agentacademy.security.SignedInPerson;

/**
 * One question of a bank: its current GIFT text in an editor, its revisions, retiring and bringing
 * it back. Saving makes a new revision; a trainer who started from an older revision than the
 * current one is refused and keeps their text.
 */
@Controller
@RequestMapping("/exams/banks/{slug}/questions/{id}")
class QuestionEditorController {

    private final ExamRepository exams;
    private final ExamQuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final QuestionBank bank;
    private final QuestionRetirement retirement;

    QuestionEditorController(ExamRepository exams, ExamQuestionRepository questions,
            QuestionRevisionRepository revisions, QuestionBank bank, QuestionRetirement retirement) {
        this.exams = exams;
        this.questions = questions;
        this.revisions = revisions;
        this.bank = bank;
        this.retirement = retirement;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        Exam exam = findExam(slug);
        ExamQuestion question = find(exam, id);
        model.addAttribute("questionForm", QuestionForm.of(revisions.findById(question.getCurrentRevisionId())
                .orElseThrow()));
        return editor(exam, question, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String save(@PathVariable String slug, @PathVariable long id, @Valid QuestionForm questionForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Exam exam = findExam(slug);
        ExamQuestion question = find(exam, id);
        GiftDocument document = GiftParser.parse(questionForm.getGift());
        if (!result.hasErrors()) {
            check(document, question, result);
        }
        if (result.hasErrors()) {
            return editor(exam, question, model);
        }
        try {
            boolean revised = bank.edit(question.getId(), document.questions().get(0), questionForm.getBaseRevision());
            redirect.addFlashAttribute("success", revised ? "question-editor.saved" : "question-editor.unchanged");
        }
        catch (QuestionBank.Conflict | ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
            model.addAttribute("conflict", true);
            return editor(exam, question, model);
        }
        return "redirect:/exams/banks/" + slug + "/questions/" + id;
    }

    @PostMapping("/retire")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String retire(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal SignedInPerson person,
            RedirectAttributes redirect) {
        ExamQuestion question = find(findExam(slug), id);
        retirement.retire(question.getId(), person.personId(), "");
        redirect.addFlashAttribute("success", "question-editor.retired");
        return "redirect:/exams/banks/" + slug + "/questions/" + id;
    }

    @PostMapping("/restore")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String restore(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        ExamQuestion question = find(findExam(slug), id);
        question.restore();
        questions.save(question);
        redirect.addFlashAttribute("success", "question-editor.restored");
        return "redirect:/exams/banks/" + slug + "/questions/" + id;
    }

    /** The text must be one question, not a description, and keep the key files know the question by. */
    private void check(GiftDocument document, ExamQuestion question, BindingResult result) {
        document.problems().forEach(problem -> result.rejectValue("gift", "question-editor.problem-line",
                new Object[] { problem.line(), problem.message() }, null));
        if (!document.problems().isEmpty()) {
            return;
        }
        if (document.questions().size() != 1) {
            result.rejectValue("gift", "question-editor.one", new Object[] { document.questions().size() }, null);
            return;
        }
        GiftQuestion edited = document.questions().get(0);
        if (edited.type() == GiftType.DESCRIPTION) {
            result.rejectValue("gift", "question-editor.description", new Object[] { edited.line() }, null);
        }
        else if (!bank.keepsItsKey(question, edited)) {
            result.rejectValue("gift", "question-editor.key", new Object[] { question.getQuestionKey() }, null);
        }
    }

    private String editor(Exam exam, ExamQuestion question, Model model) {
        model.addAttribute("exam", exam);
        model.addAttribute("question", question);
        model.addAttribute("revisions", revisions.findByQuestionIdOrderByNumberDesc(question.getId()));
        return "exam/bank-question";
    }

    private ExamQuestion find(Exam exam, long id) {
        return questions.findByIdAndExamId(id, exam.getId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Exam findExam(String slug) {
        return exams.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

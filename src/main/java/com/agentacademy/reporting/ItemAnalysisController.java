package com.agentacademy.reporting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

import com.agentacademy.exam.QuestionRetirement;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.ChartData;
import com.agentacademy.web.SpreadsheetExport;

/**
 * The item analysis pages for trainers, QA and administrators: every exam with its reliability and
 * flags, and one exam's questions with their figures, choices and flags, each as CSV or Excel too.
 * Trainers retire a flagged question from here.
 */
@Controller
@PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
class ItemAnalysisController {

    private static final int REASON_LENGTH = 500;

    private final ItemAnalysis analysis;
    private final QuestionRetirement retirement;
    private final MessageSource messages;
    private final AuditTrail audit;

    ItemAnalysisController(ItemAnalysis analysis, QuestionRetirement retirement, MessageSource messages,
            AuditTrail audit) {
        this.analysis = analysis;
        this.retirement = retirement;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/reports/exams")
    String exams(Model model) {
        model.addAttribute("exams", analysis.all());
        model.addAttribute("decimals", Decimals.INSTANCE);
        model.addAttribute("attemptsForFlags", ItemAnalysis.ATTEMPTS_FOR_FLAGS);
        return "reporting/exams";
    }

    @GetMapping("/reports/exams.{format:csv|xlsx}")
    void exportExams(@PathVariable String format, @AuthenticationPrincipal SignedInPerson person, Locale locale,
            HttpServletResponse response) throws IOException {
        List<String> header = texts(locale, "reports.exam", "reports.slug", "reports.attempts", "reports.mean",
                "reports.median", "reports.sd", "reports.alpha", "reports.sem", "reports.flags");
        List<List<Object>> rows = new ArrayList<>();
        for (ItemAnalysis.ExamFigures exam : analysis.all()) {
            rows.add(listOf(exam.exam().title(), exam.exam().slug(), exam.attempts(), Decimals.rounded(exam.mean(), 2),
                    Decimals.rounded(exam.median(), 2), Decimals.rounded(exam.sd(), 2),
                    Decimals.rounded(exam.alpha(), 4), Decimals.rounded(exam.sem(), 2), exam.flagCount()));
        }
        download(format, "item-analysis", text("reports.title", locale), header, rows, "item-analysis", person,
                response);
    }

    @GetMapping("/reports/exams/{slug}")
    String exam(@PathVariable String slug, Locale locale, Model model) {
        ItemAnalysis.ExamFigures figures = analysis.figures(find(slug));
        model.addAttribute("figures", figures);
        model.addAttribute("decimals", Decimals.INSTANCE);
        model.addAttribute("attemptsForFlags", ItemAnalysis.ATTEMPTS_FOR_FLAGS);
        model.addAttribute("reasons", figures.questions().stream().collect(Collectors.toMap(
                ItemAnalysis.QuestionFigures::questionId, question -> reason(question, locale))));
        model.addAttribute("shortDraws", retirement.shortDraws(figures.exam().id()));
        model.addAttribute("distribution", distribution(figures, locale));
        return "reporting/exam";
    }

    @GetMapping("/reports/exams/{slug}/questions.{format:csv|xlsx}")
    void exportQuestions(@PathVariable String slug, @PathVariable String format,
            @AuthenticationPrincipal SignedInPerson person, Locale locale, HttpServletResponse response)
            throws IOException {
        ItemAnalysis.ExamFigures figures = analysis.figures(find(slug));
        List<String> header = texts(locale, "reports.question", "reports.key", "reports.category", "reports.type",
                "reports.status", "reports.drawn", "reports.facility", "reports.sd", "reports.discrimination",
                "reports.efficiency", "reports.flags");
        List<List<Object>> rows = new ArrayList<>();
        for (ItemAnalysis.QuestionFigures question : figures.questions()) {
            rows.add(listOf(question.label(), question.key(), question.category(), text("gift.type." + question.type().name(), locale),
                    text(question.retired() ? "banks.retired" : "banks.live", locale), question.drawn(),
                    Decimals.rounded(question.item().facility(), 4), Decimals.rounded(question.item().sd(), 4),
                    Decimals.rounded(question.item().discrimination(), 4),
                    Decimals.rounded(question.item().efficiency(), 4), reason(question, locale)));
        }
        download(format, slug + "-questions", text("reports.questions", locale), header, rows,
                "item-analysis:" + slug + ":questions", person, response);
    }

    @GetMapping("/reports/exams/{slug}/choices.{format:csv|xlsx}")
    void exportChoices(@PathVariable String slug, @PathVariable String format,
            @AuthenticationPrincipal SignedInPerson person, Locale locale, HttpServletResponse response)
            throws IOException {
        ItemAnalysis.ExamFigures figures = analysis.figures(find(slug));
        List<String> header = texts(locale, "reports.question", "reports.key", "reports.choice", "reports.credit",
                "reports.count", "reports.percent");
        List<List<Object>> rows = new ArrayList<>();
        for (ItemAnalysis.QuestionFigures question : figures.questions()) {
            for (ItemAnalysis.ChoiceCount choice : question.choices()) {
                rows.add(listOf(question.label(), question.key(), choice.text(), Decimals.rounded(choice.credit(), 4),
                        choice.count(), Decimals.rounded(choice.percent(), 1)));
            }
            if (question.hasChoices()) {
                rows.add(listOf(question.label(), question.key(), text("reports.no-answer", locale), null,
                        question.unanswered(), Decimals.rounded(question.unansweredPercent(), 1)));
            }
        }
        download(format, slug + "-choices", text("reports.choices", locale), header, rows,
                "item-analysis:" + slug + ":choices", person, response);
    }

    @GetMapping("/reports/exams/{slug}/distribution.{format:csv|xlsx}")
    void exportDistribution(@PathVariable String slug, @PathVariable String format,
            @AuthenticationPrincipal SignedInPerson person, Locale locale, HttpServletResponse response)
            throws IOException {
        ChartData chart = distribution(analysis.figures(find(slug)), locale);
        download(format, slug + "-scores", text("reports.distribution", locale),
                chart.header(text("reports.score-band", locale)), chart.rows(), "item-analysis:" + slug + ":scores",
                person, response);
    }

    @PostMapping("/reports/exams/{slug}/questions/{id}/retire")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String retire(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        ItemAnalysis.ExamName exam = find(slug);
        if (!analysis.isQuestionOf(exam.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String why = reason.strip();
        QuestionRetirement.Outcome outcome = retirement.retire(id, person.personId(),
                why.length() > REASON_LENGTH ? why.substring(0, REASON_LENGTH) : why);
        redirect.addFlashAttribute("success", !outcome.retired() ? "reports.already-retired"
                : outcome.shortDraws().isEmpty() ? "reports.retired" : "reports.retired-short");
        return "redirect:/reports/exams/" + slug;
    }

    private ChartData distribution(ItemAnalysis.ExamFigures figures, Locale locale) {
        List<String> bands = new ArrayList<>();
        for (int band = 0; band < 10; band++) {
            bands.add(band == 9 ? "90–100" : band * 10 + "–" + (band * 10 + 9));
        }
        return new ChartData("score-distribution", ChartData.Kind.BAR, bands,
                List.of(new ChartData.Series(text("reports.attempts", locale), figures.distribution())));
    }

    /** The question's flags as one sentence each, for the retirement's reason and the downloads. */
    private String reason(ItemAnalysis.QuestionFigures question, Locale locale) {
        return question.flags().stream()
                .map(flag -> messages.getMessage(flag.key(), flag.arguments(), locale))
                .collect(Collectors.joining(" "));
    }

    private void download(String format, String fileName, String sheetName, List<String> header,
            List<? extends List<?>> rows, String subject, SignedInPerson person, HttpServletResponse response)
            throws IOException {
        SpreadsheetExport.download(format, fileName, sheetName, header, rows, response);
        audit.record(person.personId(), "EXPORT", subject, format + ", " + rows.size() + " rows");
    }

    private ItemAnalysis.ExamName find(String slug) {
        return analysis.exam(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<String> texts(Locale locale, String... keys) {
        List<String> texts = new ArrayList<>();
        for (String key : keys) {
            texts.add(text(key, locale));
        }
        return texts;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A row that may hold empty cells, which {@code List.of} does not allow. */
    private static List<Object> listOf(Object... cells) {
        return Arrays.asList(cells);
    }
}

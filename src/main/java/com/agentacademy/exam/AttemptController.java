package com.agentacademy.exam;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.RequestLog;

/**
 * The pages of a running attempt: one question at a time, the summary before submitting, and the
 * result. The page's script saves answers through {@code answers/{position}} and asks
 * {@code state} for the deadline; without the script, the question form still saves on
 * "previous" / "next". Another person's attempt answers 404.
 */
@Controller
@RequestMapping("/attempts/{id}")
class AttemptController {

    private final ExamAttempts attempts;
    private final AttemptPages pages;
    private final AttemptStore store;
    private final ExamRepository exams;

    AttemptController(ExamAttempts attempts, AttemptPages pages, AttemptStore store, ExamRepository exams) {
        this.attempts = attempts;
        this.pages = pages;
        this.store = store;
        this.exams = exams;
    }

    @GetMapping
    String attempt(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person) {
        Attempt attempt = attemptOf(id, person);
        return attempt.status().isOpen() ? "redirect:/attempts/" + id + "/questions/1"
                : "redirect:/attempts/" + id + "/result";
    }

    @GetMapping("/questions/{position}")
    String question(@PathVariable long id, @PathVariable int position, @AuthenticationPrincipal SignedInPerson person,
            Model model) {
        Attempt attempt = attemptOf(id, person);
        if (!attempt.status().isOpen()) {
            return "redirect:/attempts/" + id + "/result";
        }
        AttemptPages.Sheet sheet = pages.sheet(id);
        AttemptPages.QuestionView question = pages.question(sheet, position);
        if (question == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        running(attempt, sheet, model);
        model.addAttribute("question", question);
        return "exam/question";
    }

    /** The form's own submit, for browsers without the script: saves, then goes where the button says. */
    @PostMapping("/questions/{position}")
    String saveAndGo(@PathVariable long id, @PathVariable int position, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "next") String go, @AuthenticationPrincipal SignedInPerson person) {
        Attempt attempt = attemptOf(id, person);
        if (attempt.acceptsAnswersAt(attempts.now())) {
            save(attempt, position, form, person);
        }
        int total = store.revisionIds(id).size();
        return switch (go) {
            case "previous" -> "redirect:/attempts/" + id + "/questions/" + Math.max(1, position - 1);
            case "summary" -> "redirect:/attempts/" + id + "/summary";
            case "next" -> position >= total ? "redirect:/attempts/" + id + "/summary"
                    : "redirect:/attempts/" + id + "/questions/" + (position + 1);
            default -> "redirect:/attempts/" + id + "/questions/" + (isPosition(go, total) ? go : position);
        };
    }

    /**
     * Autosave: one answer, as the page's script sends it. The two-field answer is written here
     * rather than through a message converter: choosing and running one (content negotiation,
     * the JSON library) was a thirteenth of the autosave's time in the application.
     */
    @PostMapping("/answers/{position}")
    void autosave(@PathVariable long id, @PathVariable int position, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal SignedInPerson person, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        GiftQuestion question = attempts.questionAt(id, position);
        if (question == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        long sequence = sequenceOf(form);
        ExamAttempts.SaveOutcome outcome = attempts.save(id, person.personId(), position,
                Responses.encode(question, form.getOrDefault("answer", List.of()), matches(form)),
                "true".equals(form.getFirst("flagged")), sequence);
        if (outcome == ExamAttempts.SaveOutcome.CLOSED) {
            attemptOf(id, person);
            writeJson(response, HttpStatus.CONFLICT, "{\"status\":\"closed\"}");
            return;
        }
        RequestLog.quietWhenFast(request);
        String status = outcome == ExamAttempts.SaveOutcome.STALE ? "stale" : "saved";
        writeJson(response, HttpStatus.OK, "{\"status\":\"" + status + "\",\"sequence\":" + sequence + "}");
    }

    private static void writeJson(HttpServletResponse response, HttpStatus status, String json) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length());
        response.getWriter().write(json);
    }

    /** What the running page needs to stay right: the deadline (which extra time moves) and the answers' sequences. */
    @GetMapping("/state")
    @ResponseBody
    Map<String, Object> state(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person) {
        Attempt attempt = attemptOf(id, person);
        Map<String, Long> sequences = new TreeMap<>();
        store.answers(id).forEach(answer -> sequences.put(String.valueOf(answer.position()), answer.sequence()));
        return Map.of("status", attempt.status().name(), "deadline", attempt.deadline().toEpochMilli(),
                "closesAt", attempt.closesAt().toEpochMilli(), "now", attempts.now().toEpochMilli(),
                "sequences", sequences);
    }

    @GetMapping("/summary")
    String summary(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
        Attempt attempt = attemptOf(id, person);
        if (!attempt.status().isOpen()) {
            return "redirect:/attempts/" + id + "/result";
        }
        running(attempt, pages.sheet(id), model);
        return "exam/summary";
    }

    @PostMapping("/submit")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean timeUp,
            @AuthenticationPrincipal SignedInPerson person) {
        attempts.submit(attemptOf(id, person), timeUp);
        return "redirect:/attempts/" + id + "/result";
    }

    @GetMapping("/result")
    String result(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        Attempt attempt = attemptOf(id, person);
        if (attempt.status().isOpen()) {
            return "redirect:/attempts/" + id + "/questions/1";
        }
        Exam exam = exams.findById(attempt.examId()).orElseThrow();
        Standing standing = attempts.standing(exam, person.personId());
        model.addAttribute("attempt", attempt);
        model.addAttribute("exam", exam);
        model.addAttribute("standing", standing);
        if (attempt.status() == AttemptStatus.FINISHED) {
            AttemptPages.Sheet sheet = pages.sheet(id);
            model.addAttribute("categories", pages.categories(sheet));
            if (reviewVisible(exam, attempt, standing)) {
                model.addAttribute("reviews", pages.review(sheet, locale));
            }
        }
        return "exam/result";
    }

    /**
     * Whether the person may see their answers with the right ones: after a final result under
     * {@code after-submit}; under {@code after-close} only once they cannot take the exam again
     * (passed or out of attempts), so the answers cannot help a later attempt; never under {@code never}.
     */
    static boolean reviewVisible(Exam exam, Attempt attempt, Standing standing) {
        return attempt.isFinal() && switch (exam.getReview()) {
            case AFTER_SUBMIT -> true;
            case AFTER_CLOSE -> standing.passed() || standing.left() == 0;
            case NEVER -> false;
        };
    }

    private void running(Attempt attempt, AttemptPages.Sheet sheet, Model model) {
        Exam exam = exams.findById(attempt.examId()).orElseThrow();
        List<AttemptPages.Overview> overview = pages.overview(sheet);
        model.addAttribute("attempt", attempt);
        model.addAttribute("exam", exam);
        model.addAttribute("overview", overview);
        model.addAttribute("total", overview.size());
        model.addAttribute("unanswered", overview.stream().filter(line -> !line.answered()).count());
        model.addAttribute("flagged", overview.stream().filter(AttemptPages.Overview::flagged).count());
        model.addAttribute("now", attempts.now().toEpochMilli());
        model.addAttribute("frozen", !attempt.acceptsAnswersAt(attempts.now()));
    }

    private void save(Attempt attempt, int position, MultiValueMap<String, String> form, SignedInPerson person) {
        GiftQuestion question = attempts.questionAt(attempt.id(), position);
        if (question != null) {
            attempts.save(attempt.id(), person.personId(), position,
                    Responses.encode(question, form.getOrDefault("answer", List.of()), matches(form)),
                    "true".equals(form.getFirst("flagged")), sequenceOf(form));
        }
    }

    /** The page's sequence for this change, or the server's time in milliseconds when the page sent none. */
    private long sequenceOf(MultiValueMap<String, String> form) {
        String sent = form.getFirst("sequence");
        if (sent != null && sent.matches("\\d{1,18}")) {
            return Long.parseLong(sent);
        }
        return attempts.now().toEpochMilli();
    }

    private static Map<Integer, String> matches(MultiValueMap<String, String> form) {
        Map<Integer, String> matches = new TreeMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("match-") && name.length() <= 10 && name.substring(6).chars().allMatch(Character::isDigit)
                    && name.length() > 6 && !values.isEmpty()) {
                matches.put(Integer.parseInt(name.substring(6)), values.get(0));
            }
        });
        return matches;
    }

    private static boolean isPosition(String value, int total) {
        return value.matches("\\d{1,4}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= total;
    }

    private Attempt attemptOf(long id, SignedInPerson person) {
        return attempts.attemptOf(id, person.personId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

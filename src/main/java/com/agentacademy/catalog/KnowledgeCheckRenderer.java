package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.agentacademy.gift.GiftAnswer;
import com.agentacademy.gift.GiftDocument;
import com.agentacademy.gift.GiftFormat;
import com.agentacademy.gift.GiftMatch;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;

/**
 * Turns the GIFT source of a module's knowledge check into an ungraded practice form. The HTML is
 * built here from escaped text, after the module itself was sanitised, so the sanitiser's
 * allow-list never has to admit form elements. The answers travel in data attributes: this is
 * practice, not an exam, and the page's script shows the feedback at once.
 */
@Component
class KnowledgeCheckRenderer {

    /** The form, or the problems that kept the GIFT from being read (lines relative to the block's source). */
    record Check(String html, List<RenderedModule.Problem> problems) {
    }

    private final MessageSource messages;
    private final GiftTextRenderer texts;

    KnowledgeCheckRenderer(MessageSource messages, GiftTextRenderer texts) {
        this.messages = messages;
        this.texts = texts;
    }

    Check render(String gift, int index, Locale locale) {
        GiftDocument document = GiftParser.parse(gift);
        List<RenderedModule.Problem> problems = problemsOf(document);
        if (!problems.isEmpty()) {
            return new Check("", problems);
        }
        var html = new StringBuilder();
        html.append("<section class=\"knowledge-check\" aria-label=\"").append(text("check.title", locale)).append("\">");
        html.append("<p class=\"knowledge-check-title\">").append(text("check.title", locale)).append("</p>");
        int number = 0;
        for (GiftQuestion question : document.questions()) {
            question(html, question, "kc" + index + "-" + number++, locale);
        }
        html.append("</section>");
        return new Check(html.toString(), List.of());
    }

    /** What keeps a knowledge check from being shown, at lines of its GIFT source. */
    static List<RenderedModule.Problem> problemsOf(String gift) {
        return problemsOf(GiftParser.parse(gift));
    }

    private static List<RenderedModule.Problem> problemsOf(GiftDocument document) {
        List<RenderedModule.Problem> problems = new ArrayList<>();
        document.problems().forEach(problem -> problems.add(new RenderedModule.Problem(problem.line(), problem.message())));
        if (document.questions().isEmpty() && problems.isEmpty()) {
            problems.add(new RenderedModule.Problem(1, "the knowledge check has no question"));
        }
        return problems;
    }

    private void question(StringBuilder html, GiftQuestion question, String id, Locale locale) {
        html.append("<form class=\"kc-question\" data-kind=\"").append(question.type().name().toLowerCase(Locale.ROOT))
                .append("\" data-general=\"").append(attr(question.generalFeedback())).append("\">");
        html.append("<fieldset><legend class=\"kc-text\">").append(questionText(question)).append("</legend>");
        switch (question.type()) {
            case MULTICHOICE, MULTIANSWER -> choices(html, question, id);
            case TRUEFALSE -> trueFalse(html, question, id, locale);
            case SHORTANSWER, NUMERICAL -> typed(html, question, id, locale);
            case MATCHING -> matching(html, question, id, locale);
            case ESSAY -> html.append("<label class=\"form-label visually-hidden\" for=\"").append(id).append("\">")
                    .append(text("check.your-answer", locale)).append("</label><textarea class=\"form-control\" id=\"")
                    .append(id).append("\" rows=\"3\"></textarea>");
            case DESCRIPTION -> { }
        }
        html.append("</fieldset>");
        if (question.type() != com.agentacademy.gift.GiftType.DESCRIPTION) {
            html.append("<button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">")
                    .append(text("check.button", locale)).append("</button>");
            html.append("<div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"")
                    .append(text("check.right", locale)).append("\" data-partly=\"").append(text("check.partly", locale))
                    .append("\" data-wrong=\"").append(text("check.wrong", locale)).append("\"></div>");
        }
        html.append("</form>");
    }

    private void choices(StringBuilder html, GiftQuestion question, String id) {
        String type = question.type() == com.agentacademy.gift.GiftType.MULTIANSWER ? "checkbox" : "radio";
        int i = 0;
        for (GiftAnswer answer : question.answers()) {
            String inputId = id + "-" + i++;
            html.append("<div class=\"form-check\"><input class=\"form-check-input\" type=\"").append(type)
                    .append("\" name=\"").append(id).append("\" id=\"").append(inputId).append("\" data-fraction=\"")
                    .append(answer.fraction()).append("\" data-feedback=\"").append(attr(answer.feedback()))
                    .append("\"><label class=\"form-check-label\" for=\"").append(inputId).append("\">")
                    .append(inline(answer.text(), question.format())).append("</label></div>");
        }
    }

    private void trueFalse(StringBuilder html, GiftQuestion question, String id, Locale locale) {
        List<GiftAnswer> answers = question.answers();
        for (int i = 0; i < 2; i++) {
            boolean value = i == 0;
            String feedback = answers.size() > i ? answers.get(i).feedback() : null;
            String inputId = id + "-" + i;
            html.append("<div class=\"form-check form-check-inline\"><input class=\"form-check-input\" type=\"radio\" name=\"")
                    .append(id).append("\" id=\"").append(inputId).append("\" data-fraction=\"")
                    .append(Boolean.valueOf(value).equals(question.trueFalse()) ? "1" : "0").append("\" data-feedback=\"")
                    .append(attr(feedback)).append("\"><label class=\"form-check-label\" for=\"").append(inputId)
                    .append("\">").append(text(value ? "check.true" : "check.false", locale)).append("</label></div>");
        }
    }

    private void typed(StringBuilder html, GiftQuestion question, String id, Locale locale) {
        String accepted = question.answers().stream().filter(answer -> answer.fraction() > 0)
                .map(answer -> answer.fraction() + "|" + acceptance(answer))
                .collect(Collectors.joining("\u001F"));
        html.append("<label class=\"form-label visually-hidden\" for=\"").append(id).append("\">")
                .append(text("check.your-answer", locale)).append("</label><input class=\"form-control kc-typed\" id=\"")
                .append(id).append("\" type=\"text\" autocomplete=\"off\" data-accept=\"").append(attr(accepted))
                .append("\" data-numeric=\"").append(question.type() == com.agentacademy.gift.GiftType.NUMERICAL)
                .append("\">");
    }

    /** How the page's script recognises a typed answer: a text pattern, or a number range. */
    private static String acceptance(GiftAnswer answer) {
        if (answer.min() != null && answer.max() != null) {
            return answer.min() + ".." + answer.max();
        }
        if (answer.value() != null) {
            double tolerance = answer.tolerance() == null ? 0 : answer.tolerance();
            return (answer.value() - tolerance) + ".." + (answer.value() + tolerance);
        }
        return answer.text();
    }

    private void matching(StringBuilder html, GiftQuestion question, String id, Locale locale) {
        TreeSet<String> rights = new TreeSet<>();
        question.matches().forEach(match -> rights.add(match.right()));
        int i = 0;
        for (GiftMatch match : question.matches()) {
            if (match.left() == null || match.left().isBlank()) {
                continue;
            }
            String selectId = id + "-" + i++;
            html.append("<div class=\"row g-2 align-items-center mb-1\"><label class=\"col-sm-6 col-form-label\" for=\"")
                    .append(selectId).append("\">").append(inline(match.left(), question.format()))
                    .append("</label><div class=\"col-sm-6\"><select class=\"form-select form-select-sm kc-match\" id=\"")
                    .append(selectId).append("\" data-right=\"").append(attr(match.right())).append("\"><option value=\"\">")
                    .append(text("check.choose", locale)).append("</option>");
            for (String right : rights) {
                html.append("<option value=\"").append(attr(right)).append("\">").append(HtmlUtils.htmlEscape(right))
                        .append("</option>");
            }
            html.append("</select></div></div>");
        }
    }

    /** Question text in its GIFT format, made safe. */
    private String questionText(GiftQuestion question) {
        return inline(question.text().replace(GiftQuestion.BLANK, "_____"), question.format());
    }

    private String inline(String value, GiftFormat format) {
        return texts.inline(value, format);
    }

    private static String attr(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
    }
}

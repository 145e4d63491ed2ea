package com.agentacademy.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.agentacademy.catalog.GiftTextRenderer;
import com.agentacademy.gift.GiftAnswer;
import com.agentacademy.gift.GiftFormat;
import com.agentacademy.gift.GiftMatch;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;

/** Builds what the attempt pages show from the stored attempt, its drawn revisions and its answers. */
@Component
class AttemptPages {

    /** A choice as shown: {@code index} is its place in the question as written, which is what the form sends. */
    record Choice(int index, String html, boolean checked) {
    }

    /** An item of a matching question with the option chosen for it ({@code -1}: none). */
    record MatchItem(int index, String html, int chosen) {
    }

    record MatchOption(int index, String text) {
    }

    /** One question of the attempt as the person sees it, with their saved answer. */
    record QuestionView(int position, String type, String category, String html, List<Choice> choices,
            String trueFalse, String typed, List<MatchItem> items, List<MatchOption> options, boolean flagged,
            boolean answered, long sequence) {

        public boolean is(String kind) {
            return type.equals(kind);
        }
    }

    /** A line of the summary and of the question navigation. */
    record Overview(int position, boolean answered, boolean flagged) {
    }

    /** One question on the result page: what was asked, answered, right, and the score. */
    record Review(int position, String category, String html, String answerHtml, String rightHtml, Double score,
            String feedbackHtml, String generalFeedbackHtml, String graderComment, boolean essay) {
    }

    /** Score per category of the result page. */
    record CategoryScore(String category, double score, int questions, Integer pending) {

        public long percent() {
            return questions == 0 ? 0 : Math.round(score / questions * 100);
        }
    }

    private final AttemptStore store;
    private final QuestionTexts texts;
    private final GiftTextRenderer renderer;
    private final MessageSource messages;

    AttemptPages(AttemptStore store, QuestionTexts texts, GiftTextRenderer renderer, MessageSource messages) {
        this.store = store;
        this.texts = texts;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** An attempt's drawn questions and saved answers, read once for everything a page shows. */
    record Sheet(List<AttemptStore.AttemptQuestion> questions, Map<Integer, AttemptStore.Answer> answers) {
    }

    Sheet sheet(long attemptId) {
        return new Sheet(store.questions(attemptId), answersOf(attemptId));
    }

    List<Overview> overview(Sheet sheet) {
        return sheet.questions().stream().map(question -> {
            AttemptStore.Answer answer = sheet.answers().get(question.position());
            return new Overview(question.position(), answer != null && answer.response() != null,
                    answer != null && answer.flagged());
        }).toList();
    }

    /** The question at {@code position}, or {@code null} when the attempt has none there. */
    QuestionView question(Sheet sheet, int position) {
        AttemptStore.AttemptQuestion drawn = sheet.questions().stream()
                .filter(question -> question.position() == position).findFirst().orElse(null);
        if (drawn == null) {
            return null;
        }
        AttemptStore.Answer answer = sheet.answers().get(position);
        String response = answer == null ? null : answer.response();
        GiftQuestion question = texts.of(drawn.revisionId());
        List<Integer> order = AttemptDraw.order(drawn.choiceOrder());
        List<Choice> choices = new ArrayList<>();
        List<MatchItem> items = new ArrayList<>();
        List<MatchOption> options = new ArrayList<>();
        if (question.type() == GiftType.MULTICHOICE || question.type() == GiftType.MULTIANSWER) {
            Set<Integer> chosen = Responses.indexes(response);
            for (int index : order) {
                choices.add(new Choice(index, inline(question.answers().get(index).text(), question.format()),
                        chosen.contains(index)));
            }
        }
        if (question.type() == GiftType.MATCHING) {
            Map<Integer, Integer> chosen = Responses.matchesOf(response);
            List<GiftMatch> left = Responses.itemsOf(question);
            for (int i = 0; i < left.size(); i++) {
                items.add(new MatchItem(i, inline(left.get(i).left(), question.format()), chosen.getOrDefault(i, -1)));
            }
            List<String> rights = Responses.optionsOf(question);
            for (int index : order) {
                options.add(new MatchOption(index, rights.get(index)));
            }
        }
        boolean typedKind = question.type() == GiftType.SHORTANSWER || question.type() == GiftType.NUMERICAL
                || question.type() == GiftType.ESSAY;
        return new QuestionView(position, question.type().name().toLowerCase(java.util.Locale.ROOT),
                question.category(), inline(question.text(), question.format()), choices,
                question.type() == GiftType.TRUEFALSE ? response : null, typedKind ? response : null, items, options,
                answer != null && answer.flagged(), response != null, answer == null ? 0 : answer.sequence());
    }

    GiftQuestion gift(long attemptId, int position) {
        return store.questions(attemptId).stream().filter(question -> question.position() == position)
                .findFirst().map(question -> texts.of(question.revisionId())).orElse(null);
    }

    /** Score per category, in the order the categories first appear in the attempt. */
    List<CategoryScore> categories(Sheet sheet) {
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (AttemptStore.AttemptQuestion drawn : sheet.questions()) {
            GiftQuestion question = texts.of(drawn.revisionId());
            double[] total = totals.computeIfAbsent(Objects.toString(question.category(), "—"), key -> new double[3]);
            total[0] += drawn.score() == null ? 0 : drawn.score();
            total[1]++;
            total[2] += drawn.score() == null ? 1 : 0;
        }
        return totals.entrySet().stream().map(entry -> new CategoryScore(entry.getKey(), entry.getValue()[0],
                (int) entry.getValue()[1], (int) entry.getValue()[2])).toList();
    }

    /** Every question with the answer given, the right answer and the feedback, for review after the attempt. */
    List<Review> review(Sheet sheet, Locale locale) {
        Map<Integer, AttemptStore.Answer> answers = sheet.answers();
        List<Review> reviews = new ArrayList<>();
        for (AttemptStore.AttemptQuestion drawn : sheet.questions()) {
            long revision = drawn.gradedRevisionId() != null ? drawn.gradedRevisionId() : drawn.revisionId();
            GiftQuestion question = texts.of(revision);
            AttemptStore.Answer answer = answers.get(drawn.position());
            String response = answer == null ? null : answer.response();
            reviews.add(new Review(drawn.position(), question.category(), inline(question.text(), question.format()),
                    answerHtml(question, response, locale), rightHtml(question, locale), drawn.score(),
                    feedbackHtml(question, response), inline(question.generalFeedback(), question.format()),
                    drawn.graderComment(), question.type() == GiftType.ESSAY));
        }
        return reviews;
    }

    /** The answer given, as the person would recognise it; {@code null} when there is none. */
    String answerHtml(GiftQuestion question, String response, Locale locale) {
        if (response == null) {
            return null;
        }
        return switch (question.type()) {
            case MULTICHOICE, MULTIANSWER -> Responses.indexes(response).stream()
                    .filter(index -> index < question.answers().size())
                    .map(index -> inline(question.answers().get(index).text(), question.format()))
                    .collect(Collectors.joining("<br>"));
            case TRUEFALSE -> truth(Boolean.parseBoolean(response), locale);
            case MATCHING -> {
                List<GiftMatch> items = Responses.itemsOf(question);
                List<String> options = Responses.optionsOf(question);
                yield Responses.matchesOf(response).entrySet().stream()
                        .filter(pair -> pair.getKey() < items.size() && pair.getValue() < options.size())
                        .map(pair -> inline(items.get(pair.getKey()).left(), question.format()) + " → "
                                + HtmlUtils.htmlEscape(options.get(pair.getValue())))
                        .collect(Collectors.joining("<br>"));
            }
            default -> HtmlUtils.htmlEscape(response).replace("\n", "<br>");
        };
    }

    private String rightHtml(GiftQuestion question, Locale locale) {
        return switch (question.type()) {
            case MULTICHOICE, MULTIANSWER, SHORTANSWER -> question.answers().stream()
                    .filter(answer -> answer.fraction() > 0)
                    .map(answer -> inline(answer.text(), question.type() == GiftType.SHORTANSWER ? GiftFormat.PLAIN
                            : question.format()) + (answer.fraction() < 1 ? " (" + Math.round(answer.fraction() * 100) + " %)" : ""))
                    .collect(Collectors.joining("<br>"));
            case NUMERICAL -> question.answers().stream().filter(answer -> answer.fraction() > 0)
                    .map(answer -> HtmlUtils.htmlEscape(answer.text())).collect(Collectors.joining("<br>"));
            case TRUEFALSE -> truth(Boolean.TRUE.equals(question.trueFalse()), locale);
            case MATCHING -> Responses.itemsOf(question).stream()
                    .map(match -> inline(match.left(), question.format()) + " → " + HtmlUtils.htmlEscape(match.right()))
                    .collect(Collectors.joining("<br>"));
            case ESSAY, DESCRIPTION -> null;
        };
    }

    /** The feedback written for the answers chosen. */
    private String feedbackHtml(GiftQuestion question, String response) {
        if (response == null) {
            return null;
        }
        Function<GiftAnswer, String> feedback = answer -> answer.feedback() == null ? null
                : inline(answer.feedback(), question.format());
        return switch (question.type()) {
            case MULTICHOICE, MULTIANSWER -> Responses.indexes(response).stream()
                    .filter(index -> index < question.answers().size())
                    .map(index -> feedback.apply(question.answers().get(index))).filter(Objects::nonNull)
                    .collect(Collectors.collectingAndThen(Collectors.joining("<br>"), text -> text.isEmpty() ? null : text));
            case TRUEFALSE -> feedback.apply(question.answers().get(Boolean.parseBoolean(response) ? 0 : 1));
            default -> null;
        };
    }

    private Map<Integer, AttemptStore.Answer> answersOf(long attemptId) {
        return store.answers(attemptId).stream()
                .collect(Collectors.toMap(AttemptStore.Answer::position, Function.identity()));
    }

    private String truth(boolean value, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(value ? "attempt.true" : "attempt.false", null, locale));
    }

    private String inline(String text, GiftFormat format) {
        return renderer.inline(text, format);
    }
}

package com.agentacademy.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the inside of an answer block and tells the question type from it in Moodle's order:
 * nothing is an essay, a leading {@code #} numerical, any {@code ~} multiple choice, {@code T} or
 * {@code F} true/false, pairs with {@code ->} matching, and {@code =} alternatives short answer.
 */
final class AnswerReader {

    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // Weights such as 33.33333 % add up to a little less than 100 %.
    private static final double WEIGHT_SUM_TOLERANCE = 0.0001;

    private final QuestionBlock block;
    private final String source;
    private final int from;
    private final int to;

    /** An answer as written: {@code marker} is {@code =} or {@code ~}, {@code at} where it starts. */
    private record Written(char marker, int at, Double weight, String text, String feedback) {

        double fraction() {
            return weight != null ? weight : marker == '=' ? 1.0 : 0.0;
        }
    }

    AnswerReader(QuestionBlock block, int from, int to) {
        this.block = block;
        this.source = block.text();
        this.from = from;
        this.to = to;
    }

    Answers read() {
        int generalAt = Escapes.indexOf(source, "####", from, to);
        String general = generalAt < 0 ? null : feedback(generalAt + 4, to);
        int end = generalAt < 0 ? to : generalAt;
        int start = block.skipSpace(from, end);
        if (start == end) {
            return Answers.of(GiftType.ESSAY, List.of(), general);
        }
        if (source.charAt(start) == '#') {
            return numerical(start + 1, end, general);
        }
        if (Escapes.indexOf(source, '~', start, end) >= 0) {
            return choice(written(start, end), start, general);
        }
        int firstHash = Escapes.indexOf(source, '#', start, end);
        String head = source.substring(start, firstHash < 0 ? end : firstHash).strip().toUpperCase(Locale.ROOT);
        if (TRUE_FALSE.contains(head)) {
            return trueFalse(head.startsWith("T"), firstHash, end, general);
        }
        List<Written> answers = written(start, end);
        if (answers.stream().anyMatch(answer -> answer.text().contains("->"))) {
            return matching(answers, start, general);
        }
        return shortAnswer(answers, start, general);
    }

    private Answers choice(List<Written> written, int start, String general) {
        List<GiftAnswer> answers = answers(written);
        if (written.stream().anyMatch(answer -> answer.marker() == '=')) {
            requireFullCredit(answers, start, "multiple-choice question has no right answer worth 100 %");
            return Answers.of(GiftType.MULTICHOICE, answers, general);
        }
        double positive = answers.stream().mapToDouble(GiftAnswer::fraction).filter(f -> f > 0).sum();
        if (positive == 0) {
            throw block.invalid(start, "multiple-choice question has no right answer: mark it with =,"
                    + " or give the right answers positive weights such as ~%50%");
        }
        if (Math.abs(positive - 1) > WEIGHT_SUM_TOLERANCE) {
            throw block.invalid(start, "the positive weights of this multiple-answer question add up to "
                    + Numbers.percent(positive) + " %, not 100 %");
        }
        return Answers.of(GiftType.MULTIANSWER, answers, general);
    }

    private Answers trueFalse(boolean right, int firstHash, int end, String general) {
        String wrongFeedback = null;
        String rightFeedback = null;
        if (firstHash >= 0) {
            int secondHash = Escapes.indexOf(source, '#', firstHash + 1, end);
            wrongFeedback = feedback(firstHash + 1, secondHash < 0 ? end : secondHash);
            rightFeedback = secondHash < 0 ? null : feedback(secondHash + 1, end);
        }
        List<GiftAnswer> answers = List.of(
                GiftAnswer.of("True", right ? 1 : 0, right ? rightFeedback : wrongFeedback),
                GiftAnswer.of("False", right ? 0 : 1, right ? wrongFeedback : rightFeedback));
        return new Answers(GiftType.TRUEFALSE, answers, List.of(), right, general);
    }

    private Answers matching(List<Written> written, int start, String general) {
        List<GiftMatch> matches = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (Written answer : written) {
            int arrow = answer.text().indexOf("->");
            if (answer.weight() != null || answer.feedback() != null) {
                throw block.invalid(answer.at(), "matching pairs cannot have weights or feedback");
            }
            if (arrow < 0) {
                throw block.invalid(answer.at(), "every answer of a matching question pairs an item with its match,"
                        + " as in =item -> match");
            }
            String left = answer.text().substring(0, arrow).strip();
            String right = answer.text().substring(arrow + 2).strip();
            if (right.isEmpty()) {
                throw block.invalid(answer.at(), "the pair for " + Text.quote(left) + " has nothing after ->");
            }
            if (!left.isEmpty() && !items.add(left)) {
                throw block.invalid(answer.at(), Text.quote(left) + " is paired twice");
            }
            matches.add(new GiftMatch(left, right));
        }
        if (items.size() < 2) {
            throw block.invalid(start, "matching question needs at least 2 pairs");
        }
        return new Answers(GiftType.MATCHING, List.of(), matches, null, general);
    }

    private Answers shortAnswer(List<Written> written, int start, String general) {
        List<GiftAnswer> answers = answers(written);
        requireFullCredit(answers, start, "short-answer question has no answer worth 100 %");
        return Answers.of(GiftType.SHORTANSWER, answers, general);
    }

    private Answers numerical(int start, int end, String general) {
        boolean oneAnswer = Escapes.indexOf(source, '=', start, end) < 0 && Escapes.indexOf(source, '~', start, end) < 0;
        List<Written> written = oneAnswer ? List.of(written('=', start, start, end)) : written(start, end);
        List<GiftAnswer> answers = new ArrayList<>();
        for (Written answer : written) {
            answers.add(number(answer));
        }
        requireFullCredit(answers, start, "numerical question has no answer worth 100 %");
        return Answers.of(GiftType.NUMERICAL, answers, general);
    }

    private GiftAnswer number(Written answer) {
        String spec = requireText(answer);
        int range = spec.indexOf("..");
        if (range >= 0) {
            Double min = Numbers.parse(spec.substring(0, range));
            Double max = Numbers.parse(spec.substring(range + 2));
            if (min == null || max == null) {
                throw notANumber(answer);
            }
            if (min > max) {
                throw block.invalid(answer.at(), "the range " + Text.quote(spec) + " ends below where it starts");
            }
            return new GiftAnswer(Numbers.format(min) + ".." + Numbers.format(max), answer.fraction(),
                    answer.feedback(), null, null, min, max);
        }
        int colon = spec.indexOf(':');
        Double value = Numbers.parse(colon < 0 ? spec : spec.substring(0, colon));
        Double tolerance = colon < 0 ? Double.valueOf(0) : Numbers.parse(spec.substring(colon + 1));
        if (value == null || tolerance == null) {
            throw notANumber(answer);
        }
        if (tolerance < 0) {
            throw block.invalid(answer.at(), "the tolerance in " + Text.quote(spec) + " is negative");
        }
        String text = tolerance == 0 ? Numbers.format(value) : Numbers.format(value) + ":" + Numbers.format(tolerance);
        return new GiftAnswer(text, answer.fraction(), answer.feedback(), value, tolerance, null, null);
    }

    private InvalidQuestion notANumber(Written answer) {
        return block.invalid(answer.at(), "numerical answer " + Text.quote(answer.text())
                + " is not a number; write it as 42, 3.14:0.01 or 1..5");
    }

    /** The answers starting with {@code =} or {@code ~} in {@code [start, end)}. */
    private List<Written> written(int start, int end) {
        List<Integer> markers = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char here = source.charAt(i);
            if (here == '\\') {
                i++;
            } else if (here == '=' || here == '~') {
                markers.add(i);
            }
        }
        if (markers.isEmpty()) {
            throw block.invalid(start, "the answer block has no answers: start each answer with = (right) or"
                    + " ~ (wrong), or write {T} or {F} for true or false");
        }
        String leading = source.substring(start, markers.get(0));
        if (!leading.isBlank()) {
            throw block.invalid(start, Text.quote(leading) + " comes before the first answer; start each answer"
                    + " with = or ~");
        }
        List<Written> answers = new ArrayList<>();
        for (int m = 0; m < markers.size(); m++) {
            int at = markers.get(m);
            int next = m + 1 < markers.size() ? markers.get(m + 1) : end;
            answers.add(written(source.charAt(at), at, at + 1, next));
        }
        return answers;
    }

    private Written written(char marker, int at, int start, int end) {
        int textStart = block.skipSpace(start, end);
        Double weight = null;
        if (textStart < end && source.charAt(textStart) == '%') {
            int close = source.indexOf('%', textStart + 1);
            if (close < 0 || close >= end) {
                throw block.invalid(textStart, "the weight of this answer is not closed with %, as in ~%50%");
            }
            weight = weight(source.substring(textStart + 1, close), textStart);
            textStart = close + 1;
        }
        int hash = Escapes.indexOf(source, '#', textStart, end);
        String text = Escapes.unescape(source.substring(textStart, hash < 0 ? end : hash)).strip();
        String feedback = hash < 0 ? null : feedback(hash + 1, end);
        return new Written(marker, at, weight, text, feedback);
    }

    private double weight(String written, int at) {
        BigDecimal percent = Numbers.decimal(written);
        if (percent == null) {
            throw block.invalid(at, "the weight %" + written + "% is not a number");
        }
        if (percent.abs().compareTo(HUNDRED) > 0) {
            throw block.invalid(at, "the weight " + written + " % is outside -100 % to 100 %");
        }
        // Read from the decimal so that writing the weight back gives the same fraction.
        return percent.movePointLeft(2).doubleValue() + 0.0;
    }

    private List<GiftAnswer> answers(List<Written> written) {
        List<GiftAnswer> answers = new ArrayList<>();
        for (Written answer : written) {
            answers.add(GiftAnswer.of(requireText(answer), answer.fraction(), answer.feedback()));
        }
        return answers;
    }

    private String feedback(int start, int end) {
        return Text.stripToNull(Escapes.unescape(source.substring(start, end)));
    }

    private String requireText(Written answer) {
        if (answer.text().isEmpty()) {
            throw block.invalid(answer.at(), "an answer has no text after its " + answer.marker());
        }
        return answer.text();
    }

    private void requireFullCredit(List<GiftAnswer> answers, int start, String message) {
        if (answers.stream().noneMatch(answer -> answer.fraction() >= 1)) {
            throw block.invalid(start, message);
        }
    }
}

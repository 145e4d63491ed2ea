package com.agentacademy.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.agentacademy.gift.GiftMatch;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftResponse;

/**
 * An answer as the form sends it, as it is stored, and as the grader reads it. Choices are stored
 * by their index in the question as written, never by their shuffled place on the page:
 * <ul>
 * <li>one choice: {@code 2}; several: {@code 0,3}; true/false: {@code true} or {@code false};
 * <li>short answer, number and essay: the text as typed;
 * <li>matching: {@code item=option} pairs joined by {@code ;}, both indexes counted in
 *     {@link #itemsOf} and {@link #optionsOf}.
 * </ul>
 * A blank answer is stored as {@code null}: the question counts as unanswered.
 */
final class Responses {

    /** Longest text answer kept, in characters; an essay of a few pages. */
    static final int MAX_TEXT = 20_000;

    private Responses() {
    }

    /**
     * The stored form of what the form sent for this question.
     *
     * @param answers the values of the {@code answer} field, in order
     * @param matches for matching questions, the chosen option index per item index
     */
    static String encode(GiftQuestion question, List<String> answers, Map<Integer, String> matches) {
        return switch (question.type()) {
            case MULTICHOICE -> first(answers).filter(value -> isIndex(value, question.answers().size())).orElse(null);
            case MULTIANSWER -> {
                Set<Integer> chosen = new TreeSet<>();
                answers.stream().filter(value -> isIndex(value, question.answers().size()))
                        .forEach(value -> chosen.add(Integer.parseInt(value)));
                yield chosen.isEmpty() ? null : String.join(",", chosen.stream().map(String::valueOf).toList());
            }
            case TRUEFALSE -> first(answers).filter(value -> value.equals("true") || value.equals("false")).orElse(null);
            case SHORTANSWER, NUMERICAL, ESSAY -> first(answers).map(String::strip)
                    .map(value -> value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value)
                    .filter(value -> !value.isEmpty()).orElse(null);
            case MATCHING -> {
                int items = itemsOf(question).size();
                int options = optionsOf(question).size();
                Map<Integer, Integer> pairs = new TreeMap<>();
                matches.forEach((item, option) -> {
                    if (item >= 0 && item < items && isIndex(option, options)) {
                        pairs.put(item, Integer.parseInt(option));
                    }
                });
                yield pairs.isEmpty() ? null : String.join(";",
                        pairs.entrySet().stream().map(pair -> pair.getKey() + "=" + pair.getValue()).toList());
            }
            case DESCRIPTION -> null;
        };
    }

    /** What the grader reads; a blank or unreadable answer gives a response that scores nothing. */
    static GiftResponse decode(GiftQuestion question, String stored) {
        if (stored == null) {
            return GiftResponse.choices(Set.of());
        }
        return switch (question.type()) {
            case MULTICHOICE -> GiftResponse.choice(parseIndex(stored));
            case MULTIANSWER -> GiftResponse.choices(indexes(stored));
            case TRUEFALSE -> GiftResponse.trueFalse(Boolean.parseBoolean(stored));
            case SHORTANSWER, ESSAY, DESCRIPTION -> GiftResponse.text(stored);
            case NUMERICAL -> number(stored) == null ? GiftResponse.text(stored) : GiftResponse.number(number(stored));
            case MATCHING -> {
                List<GiftMatch> items = itemsOf(question);
                List<String> options = optionsOf(question);
                Map<String, String> chosen = new LinkedHashMap<>();
                matchesOf(stored).forEach((item, option) -> {
                    if (item < items.size() && option < options.size()) {
                        chosen.put(items.get(item).left(), options.get(option));
                    }
                });
                yield GiftResponse.matches(chosen);
            }
        };
    }

    /** The chosen answer indexes of a stored choice answer; empty when none. */
    static Set<Integer> indexes(String stored) {
        Set<Integer> indexes = new LinkedHashSet<>();
        if (stored != null) {
            for (String part : stored.split(",")) {
                int index = parseIndex(part);
                if (index >= 0) {
                    indexes.add(index);
                }
            }
        }
        return indexes;
    }

    /** The chosen option index per item index of a stored matching answer. */
    static Map<Integer, Integer> matchesOf(String stored) {
        Map<Integer, Integer> pairs = new TreeMap<>();
        if (stored != null) {
            for (String pair : stored.split(";")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2 && parseIndex(parts[0]) >= 0 && parseIndex(parts[1]) >= 0) {
                    pairs.put(parseIndex(parts[0]), parseIndex(parts[1]));
                }
            }
        }
        return pairs;
    }

    /** The items to match: the pairs with a left side (those without one only add a wrong option). */
    static List<GiftMatch> itemsOf(GiftQuestion question) {
        return question.matches().stream().filter(match -> !match.left().isEmpty()).toList();
    }

    /** The options offered for every item: each distinct right side, in the order written. */
    static List<String> optionsOf(GiftQuestion question) {
        return new ArrayList<>(new LinkedHashSet<>(question.matches().stream().map(GiftMatch::right).toList()));
    }

    /** A typed number: {@code 3.5}, {@code 3,5} or with full-width digits as a Chinese keyboard may type them. */
    static Double number(String typed) {
        StringBuilder normal = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                normal.append((char) (c - '０' + '0'));
            }
            else if (c == ',' || c == '，' || c == '．' || c == '。') {
                normal.append('.');
            }
            else if (c == '－') {
                normal.append('-');
            }
            else {
                normal.append(c);
            }
        }
        try {
            double value = Double.parseDouble(normal.toString());
            return Double.isFinite(value) ? value : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static java.util.Optional<String> first(List<String> values) {
        return values.stream().filter(value -> value != null && !value.isBlank()).findFirst();
    }

    private static boolean isIndex(String value, int size) {
        int index = parseIndex(value);
        return index >= 0 && index < size;
    }

    private static int parseIndex(String value) {
        if (value == null || value.isEmpty() || value.length() > 4 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(value);
    }
}

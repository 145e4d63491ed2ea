package com.agentacademy.exam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.YamlDocument;

/**
 * The values of one YAML mapping of an exam file, each checked as it is read: a wrong or missing
 * value is reported at its key's line and answered as empty.
 */
final class YamlFields {

    static final int NO_LIMIT = Integer.MAX_VALUE;

    private final YamlDocument yaml;
    private final String where;
    private final List<ContentProblem> problems;

    YamlFields(YamlDocument yaml, String where, List<ContentProblem> problems) {
        this.yaml = yaml;
        this.where = where;
        this.problems = problems;
    }

    void allowOnly(Set<String> keys) {
        for (String key : yaml.keys()) {
            if (!keys.contains(key)) {
                report(key, "unknown key \"" + key + "\"");
            }
        }
    }

    Optional<String> text(String key) {
        if (yaml.isNotText(key)) {
            report(key, key + " must be a single value");
            return Optional.empty();
        }
        return yaml.text(key);
    }

    Optional<String> requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !yaml.isNotText(key)) {
            report(key, "missing " + key);
        }
        return value;
    }

    /**
     * A whole number from {@code min} to {@code max} ({@link #NO_LIMIT} for none).
     *
     * @param fallback the value when the key is absent; {@code null} when the key is required
     */
    Optional<Integer> number(String key, int min, int max, Integer fallback) {
        Optional<String> value = yaml.text(key);
        if (value.isEmpty() && !yaml.isNotText(key)) {
            if (fallback == null) {
                report(key, "missing " + key);
            }
            return Optional.ofNullable(fallback);
        }
        try {
            int number = Integer.parseInt(value.orElse(""));
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        }
        catch (NumberFormatException ex) {
            // reported as a number out of range is: the message says what is expected
        }
        report(key, mustBe(key, min, max));
        return Optional.empty();
    }

    private static String mustBe(String key, int min, int max) {
        return key + " must be a whole number " + (max == NO_LIMIT ? min + " or more" : "from " + min + " to " + max);
    }

    boolean flag(String key, boolean fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.get());
        }
        report(key, key + " must be true or false");
        return fallback;
    }

    /** One of an enum's values, written in lower case with hyphens: {@code AFTER_SUBMIT} is {@code after-submit}. */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, E fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return yaml.isNotText(key) ? Optional.empty() : Optional.of(fallback);
        }
        for (E constant : type.getEnumConstants()) {
            if (spelling(constant).equals(value.get())) {
                return Optional.of(constant);
            }
        }
        report(key, "unknown " + key + " \"" + value.get() + "\" (one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(YamlFields::spelling).toList()) + ")");
        return Optional.empty();
    }

    private static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A list of plain values, e.g. {@code [a, b]}; a single value is a list of one. */
    List<String> list(String key) {
        if (yaml.mapping(key).isPresent() || !yaml.mappings(key).isEmpty()) {
            report(key, key + " must be a list of plain values, e.g. [a, b]");
            return List.of();
        }
        return yaml.list(key);
    }

    /** A nested mapping, e.g. {@code name: {en: ..., zh-CN: ...}}. */
    Optional<YamlFields> mapping(String key) {
        return yaml.mapping(key).map(nested -> new YamlFields(nested, where, problems));
    }

    /**
     * The entries of a list of mappings, e.g. {@code draw: [{category: a, count: 3}]}.
     *
     * @param shape what each entry holds, for the problem when the value is something else
     */
    List<YamlFields> items(String key, String shape) {
        if (yaml.mapping(key).isPresent() || !yaml.list(key).isEmpty()) {
            report(key, key + " must be a list of entries with " + shape);
            return List.of();
        }
        List<YamlFields> items = new ArrayList<>();
        yaml.mappings(key).forEach(item -> items.add(new YamlFields(item, where, problems)));
        return items;
    }

    boolean has(String key) {
        return yaml.has(key);
    }

    int line(String key) {
        return yaml.line(key);
    }

    void report(String key, String message) {
        problems.add(new ContentProblem(where, yaml.line(key), message));
    }
}

package com.agentacademy.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How a month and its figures are written and the range each must lie in, the same for the CSV
 * import and the supervisors' form. Every method answers the value, or {@code null} after telling
 * {@code problems} what is wrong with the text.
 */
final class KpiValues {

    static final int MAX_CALLS = 20_000;
    static final int MAX_HANDLE_SECONDS = 3_600;
    static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int ECHO = 30;

    /** What is wrong with a value: a message key and its arguments. */
    record Problem(String messageKey, List<Object> arguments) {
    }

    private KpiValues() {
    }

    /**
     * A month written {@code YYYY-MM}, from 2000-01 up to {@code lastEnded}: a month is recorded once
     * it is over.
     */
    static YearMonth month(String text, YearMonth lastEnded, Consumer<Problem> problems) {
        if (empty(text, problems)) {
            return null;
        }
        YearMonth month = MONTH.matcher(text).matches() ? parseMonth(text) : null;
        if (month == null || month.isBefore(FIRST_MONTH)) {
            problems.accept(problem("kpi.value.month", text));
            return null;
        }
        if (month.isAfter(lastEnded)) {
            problems.accept(problem("kpi.value.month-open", month.toString(), lastEnded.toString()));
            return null;
        }
        return month;
    }

    /** Calls handled in the month: a whole number from 1 to 20,000. */
    static Integer calls(String text, Consumer<Problem> problems) {
        if (empty(text, problems)) {
            return null;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_CALLS) {
            problems.accept(problem("kpi.value.calls", text, MAX_CALLS));
            return null;
        }
        return Integer.parseInt(text);
    }

    /** The average handle time in seconds, 1 to 3,600; decimals are rounded to the nearest second. */
    static Integer handleTime(String text, Consumer<Problem> problems) {
        if (empty(text, problems)) {
            return null;
        }
        BigDecimal seconds = DECIMAL.matcher(text).matches()
                ? new BigDecimal(text).setScale(0, RoundingMode.HALF_UP) : null;
        if (seconds == null || seconds.signum() == 0 || seconds.compareTo(BigDecimal.valueOf(MAX_HANDLE_SECONDS)) > 0) {
            problems.accept(problem("kpi.value.handle-time", text, MAX_HANDLE_SECONDS));
            return null;
        }
        return seconds.intValue();
    }

    /**
     * A percentage or a score from 0 to 100, with or without a trailing {@code %}; more than two
     * decimals are rounded to two.
     */
    static BigDecimal percent(String text, Consumer<Problem> problems) {
        if (empty(text, problems)) {
            return null;
        }
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        BigDecimal value = DECIMAL.matcher(number).matches() ? new BigDecimal(number) : null;
        if (value == null || value.compareTo(HUNDRED) > 0) {
            problems.accept(problem("kpi.value.percent", text));
            return null;
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean empty(String text, Consumer<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.accept(problem("kpi.value.empty"));
            return true;
        }
        return false;
    }

    private static YearMonth parseMonth(String text) {
        int month = Integer.parseInt(text.substring(5));
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(text.substring(0, 4)), month) : null;
    }

    private static Problem problem(String key, Object... arguments) {
        return new Problem(key, List.of(arguments).stream().map(KpiValues::echo).toList());
    }

    /** Text from a file or a form is echoed in the message, cut so that a long value cannot flood the page. */
    private static Object echo(Object argument) {
        return argument instanceof String text && text.length() > ECHO ? text.substring(0, ECHO) + "…" : argument;
    }
}

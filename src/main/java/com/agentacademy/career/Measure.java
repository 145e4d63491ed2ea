package com.agentacademy.career;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The monthly KPIs a ladder requirement can hold a threshold for. */
enum Measure {

    FIRST_CONTACT_RESOLUTION("first-contact-resolution", KpiMonth::firstContactResolution),
    HANDLE_TIME("handle-time", month -> BigDecimal.valueOf(month.handleTimeSeconds())),
    QA_SCORE("qa-score", KpiMonth::qaScore),
    CSAT("csat", KpiMonth::csat),
    CALLS_HANDLED("calls-handled", month -> BigDecimal.valueOf(month.callsHandled()));

    private final String code;
    private final Function<KpiMonth, BigDecimal> value;

    Measure(String code, Function<KpiMonth, BigDecimal> value) {
        this.code = code;
        this.value = value;
    }

    /** Whether the figure is a share in percent (shown with a % sign). */
    boolean isPercentage() {
        return this == FIRST_CONTACT_RESOLUTION || this == CSAT;
    }

    public String code() {
        return code;
    }

    BigDecimal of(KpiMonth month) {
        return value.apply(month);
    }

    static Optional<Measure> byCode(String code) {
        return Arrays.stream(values()).filter(measure -> measure.code.equals(code)).findFirst();
    }
}

package com.agentacademy.career;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.function.Consumer;

import org.springframework.validation.Errors;

/** One month of one person's figures as a supervisor types them; the same rules as the CSV import. */
class KpiForm {

    private String month;
    private String callsHandled;
    private String firstContactResolution;
    private String handleTimeSeconds;
    private String qaScore;
    private String csat;

    static KpiForm of(KpiMonth figures) {
        var form = new KpiForm();
        form.month = figures.month().toString();
        form.callsHandled = Integer.toString(figures.callsHandled());
        form.firstContactResolution = figures.firstContactResolution().toPlainString();
        form.handleTimeSeconds = Integer.toString(figures.handleTimeSeconds());
        form.qaScore = figures.qaScore().toPlainString();
        form.csat = figures.csat().toPlainString();
        return form;
    }

    static KpiForm blank(YearMonth month) {
        var form = new KpiForm();
        form.month = month.toString();
        return form;
    }

    /** The month's figures, or {@code null} after rejecting each field that breaks a rule. */
    KpiMonth toMonth(long personId, YearMonth lastEnded, Errors errors) {
        YearMonth checkedMonth = KpiValues.month(strip(month), lastEnded, reject(errors, "month"));
        Integer calls = KpiValues.calls(strip(callsHandled), reject(errors, "callsHandled"));
        BigDecimal resolution = KpiValues.percent(strip(firstContactResolution), reject(errors, "firstContactResolution"));
        Integer handleTime = KpiValues.handleTime(strip(handleTimeSeconds), reject(errors, "handleTimeSeconds"));
        BigDecimal qa = KpiValues.percent(strip(qaScore), reject(errors, "qaScore"));
        BigDecimal satisfied = KpiValues.percent(strip(csat), reject(errors, "csat"));
        if (errors.hasErrors()) {
            return null;
        }
        return new KpiMonth(personId, checkedMonth, calls, resolution, handleTime, qa, satisfied);
    }

    private static Consumer<KpiValues.Problem> reject(Errors errors, String field) {
        return problem -> errors.rejectValue(field, problem.messageKey(), problem.arguments().toArray(), null);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getCallsHandled() {
        return callsHandled;
    }

    public void setCallsHandled(String callsHandled) {
        this.callsHandled = callsHandled;
    }

    public String getFirstContactResolution() {
        return firstContactResolution;
    }

    public void setFirstContactResolution(String firstContactResolution) {
        this.firstContactResolution = firstContactResolution;
    }

    public String getHandleTimeSeconds() {
        return handleTimeSeconds;
    }

    public void setHandleTimeSeconds(String handleTimeSeconds) {
        this.handleTimeSeconds = handleTimeSeconds;
    }

    public String getQaScore() {
        return qaScore;
    }

    public void setQaScore(String qaScore) {
        this.qaScore = qaScore;
    }

    public String getCsat() {
        return csat;
    }

    public void setCsat(String csat) {
        this.csat = csat;
    }
}

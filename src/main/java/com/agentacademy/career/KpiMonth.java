package com.agentacademy.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * One person's KPIs for one month, as the call-centre system reports them.
 *
 * @param personId whose figures
 * @param month the calendar month they cover
 * @param callsHandled calls the person handled in the month
 * @param firstContactResolution percentage of calls resolved at the first contact, 0–100
 * @param handleTimeSeconds the average handle time of a call, in seconds
 * @param qaScore the average QA score, 0–100
 * @param csat percentage of customers who said they were satisfied, 0–100
 */
record KpiMonth(long personId, YearMonth month, int callsHandled, BigDecimal firstContactResolution,
        int handleTimeSeconds, BigDecimal qaScore, BigDecimal csat) {

    /** The average handle time in minutes, to two decimals. */
    BigDecimal handleTimeMinutes() {
        return BigDecimal.valueOf(handleTimeSeconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** The average handle time as minutes and seconds, {@code 6:35}. */
    public String handleTimeText() {
        return handleTimeSeconds / 60 + ":" + String.format("%02d", handleTimeSeconds % 60);
    }

    /** The figures in one line for the audit log. */
    String figures() {
        return "calls=" + callsHandled + " fcr=" + firstContactResolution.toPlainString() + " aht="
                + handleTimeSeconds + "s qa=" + qaScore.toPlainString() + " csat=" + csat.toPlainString();
    }
}

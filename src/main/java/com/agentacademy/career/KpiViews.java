package com.agentacademy.career;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.web.ChartData;

/** A person's KPI history as the pages show it: three charts, a table of every month and its download. */
@Component
class KpiViews {

    /** The charts of one person's history, oldest month first. */
    record Charts(ChartData quality, ChartData handleTime, ChartData calls) {
    }

    /** One month in the table, with who recorded it. */
    record Line(KpiMonth figures, KpiStore.Source source, String enteredBy, LocalDate enteredOn) {
    }

    private final KpiStore store;
    private final PeopleDirectory people;
    private final MessageSource messages;
    private final ZoneId zone;

    KpiViews(KpiStore store, PeopleDirectory people, MessageSource messages, Clock clock) {
        this.store = store;
        this.people = people;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** The person's months, most recent first. */
    List<Line> lines(long personId) {
        List<KpiStore.Entry> entries = store.entries(personId);
        Map<Long, PersonSummary> names = people.byIds(entries.stream().map(KpiStore.Entry::enteredBy)
                .filter(Objects::nonNull).distinct().toList());
        return entries.stream().map(entry -> new Line(entry.figures(), entry.source(),
                entry.enteredBy() == null || !names.containsKey(entry.enteredBy()) ? null
                        : names.get(entry.enteredBy()).displayName(),
                LocalDate.ofInstant(entry.enteredAt(), zone))).toList();
    }

    /** Charts of the lines (given most recent first, drawn oldest first). */
    Charts charts(List<Line> lines, Locale locale) {
        List<KpiMonth> months = oldestFirst(lines).stream().map(Line::figures).toList();
        List<String> labels = months.stream().map(month -> month.month().toString()).toList();
        ChartData quality = new ChartData("kpi-quality", ChartData.Kind.LINE, labels, List.of(
                new ChartData.Series(text("kpi.column.fcr", locale), months.stream().map(KpiMonth::firstContactResolution).toList()),
                new ChartData.Series(text("kpi.column.qa", locale), months.stream().map(KpiMonth::qaScore).toList()),
                new ChartData.Series(text("kpi.column.csat", locale), months.stream().map(KpiMonth::csat).toList())));
        ChartData handleTime = new ChartData("kpi-handle-time", ChartData.Kind.LINE, labels, List.of(
                new ChartData.Series(text("kpi.column.aht-minutes", locale), months.stream().map(KpiMonth::handleTimeMinutes).toList())));
        ChartData calls = new ChartData("kpi-calls", ChartData.Kind.BAR, labels, List.of(
                new ChartData.Series(text("kpi.column.calls", locale), months.stream().map(KpiMonth::callsHandled).toList())));
        return new Charts(quality, handleTime, calls);
    }

    /** The header of the download. */
    List<String> header(Locale locale) {
        return List.of(text("kpi.column.month", locale), text("kpi.column.calls", locale), text("kpi.column.fcr", locale),
                text("kpi.column.aht-seconds", locale), text("kpi.column.qa", locale), text("kpi.column.csat", locale),
                text("kpi.column.source", locale));
    }

    /** The rows of the download, oldest month first. */
    List<List<Object>> rows(List<Line> lines, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : oldestFirst(lines)) {
            KpiMonth month = line.figures();
            rows.add(List.of(month.month().toString(), month.callsHandled(), month.firstContactResolution(),
                    month.handleTimeSeconds(), month.qaScore(), month.csat(), text("kpi.source." + line.source(), locale)));
        }
        return rows;
    }

    private static List<Line> oldestFirst(List<Line> lines) {
        List<Line> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        return reversed;
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

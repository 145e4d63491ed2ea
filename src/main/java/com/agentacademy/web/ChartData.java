package com.agentacademy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart for a page: labels along the x axis and one or more named series of numbers. The
 * {@code fragments/charts :: chart} fragment draws it with Chart.js and always shows the same
 * figures as a table beside it, for screen readers and for people who prefer numbers; the
 * {@link #header(String)} and {@link #rows()} serve the CSV and XLSX downloads.
 *
 * @param id a page-unique element id
 * @param kind how to draw it
 * @param labels the x axis, one label per value of each series
 * @param series the lines or bars; a {@code null} value is a gap
 */
public record ChartData(String id, Kind kind, List<String> labels, List<Series> series) {

    /** How the series are drawn. */
    public enum Kind {
        LINE, BAR, STACKED_BAR
    }

    /** One line or one set of bars. */
    public record Series(String name, List<? extends Number> values) {
    }

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != labels.size()) {
                throw new IllegalArgumentException(
                        "series " + one.name() + " has " + one.values().size() + " values for " + labels.size() + " labels");
            }
        }
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    /** The chart as JSON for the page script; the template puts it in an attribute, which escapes it. */
    public String json() {
        record Line(String name, List<Number> values) {
        }
        List<Line> lines = series.stream()
                .map(one -> new Line(one.name(), one.values().stream().map(ChartData::finite).toList())).toList();
        var chart = new LinkedHashMap<String, Object>();
        chart.put("kind", kind.name());
        chart.put("labels", labels);
        chart.put("series", lines);
        return JsonMapper.shared().writeValueAsString(chart);
    }

    /** The table's header: the x axis column, then one column per series. */
    public List<String> header(String labelColumn) {
        List<String> header = new ArrayList<>(List.of(labelColumn));
        series.forEach(one -> header.add(one.name()));
        return header;
    }

    /** The table's rows: each label with the value of every series. */
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(labels.get(i));
            for (Series one : series) {
                row.add(one.values().get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A gap for what JSON cannot carry (NaN, infinity): the chart leaves the point out. */
    private static Number finite(Number value) {
        return value == null || Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue()) ? null : value;
    }
}

package com.agentacademy.web;

import java.util.ArrayList;
import java.util.List;

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
        var json = new StringBuilder("{\"kind\":").append(quote(kind.name())).append(",\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(labels.get(i)));
        }
        json.append("],\"series\":[");
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            json.append(s == 0 ? "" : ",").append("{\"name\":").append(quote(one.name())).append(",\"values\":[");
            for (int i = 0; i < one.values().size(); i++) {
                Number value = one.values().get(i);
                json.append(i == 0 ? "" : ",").append(value == null ? "null" : number(value));
            }
            json.append("]}");
        }
        return json.append("]}").toString();
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

    private static String number(Number value) {
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String quote(String text) {
        var quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}

package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartDataTests {

    @Test
    void writesLabelsAndSeriesAsJsonWithQuotesEscapedAndGapsAsNull() {
        var chart = new ChartData("pass", ChartData.Kind.BAR, List.of("Go-live \"A\"", "产品\\基础"),
                List.of(new ChartData.Series("Pass rate", Arrays.asList(0.75, null)), new ChartData.Series("Attempts", List.of(4, 12))));

        assertThat(chart.json()).isEqualTo("{\"kind\":\"BAR\",\"labels\":[\"Go-live \\\"A\\\"\",\"产品\\\\基础\"],"
                + "\"series\":[{\"name\":\"Pass rate\",\"values\":[0.75,null]},{\"name\":\"Attempts\",\"values\":[4,12]}]}");
    }

    @Test
    void theTableAlternativeHoldsTheSameFigures() {
        var chart = new ChartData("c", ChartData.Kind.LINE, List.of("2026-09", "2026-10"),
                List.of(new ChartData.Series("Promotions", List.of(2, 5))));

        assertThat(chart.header("Month")).containsExactly("Month", "Promotions");
        assertThat(chart.rows()).containsExactly(List.of("2026-09", 2), List.of("2026-10", 5));
    }

    @Test
    void aSeriesMustHaveOneValuePerLabel() {
        assertThatThrownBy(() -> new ChartData("c", ChartData.Kind.LINE, List.of("a", "b"),
                List.of(new ChartData.Series("short", List.of(1))))).hasMessageContaining("1 values for 2 labels");
    }
}

package com.agentacademy.web;

import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every CSV upload (new hires, cohort members, KPIs) is read by {@link CsvTable}: whatever the
 * bytes, the table or its one documented refusal, never another exception, and never more rows
 * than allowed. Saved inputs live in {@code CsvTableFuzzTestsInputs/<test>/}.
 */
class CsvTableFuzzTests {

    private static final List<String> COLUMNS = List.of("name", "team");

    @FuzzTest(maxDuration = "5m")
    void anyBytesGiveATableOrARefusal(byte[] input) {
        try {
            CsvTable table = CsvTable.readExactly(input, COLUMNS, Map.of("姓名", "name"), 50);
            if (table.rows().isEmpty() || table.rows().size() > 50) {
                throw new AssertionError("a table of " + table.rows().size() + " rows");
            }
            table.rows().forEach(row -> COLUMNS.forEach(row::get));
        }
        catch (CsvTable.Unreadable refused) {
            // the documented refusal
        }
    }
}

package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvTableTests {

    private static final List<String> COLUMNS = List.of("name", "team");

    @Test
    void readsUtf8WithAByteOrderMarkAndNumbersRowsAsASpreadsheetDoes() throws Exception {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] text = "Name,Team\n王芳,一组\nLi Jing,二组\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(text, 0, file, 3, text.length);

        CsvTable table = CsvTable.read(file, COLUMNS, 10);

        assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 3);
        assertThat(table.rows().get(0).get("name")).isEqualTo("王芳");
        assertThat(table.rows().get(1).get("team")).isEqualTo("二组");
    }

    @Test
    void readsGbkWrittenBySpreadsheetPrograms() throws Exception {
        byte[] file = "name,team\n王芳,一组\n".getBytes(Charset.forName("GBK"));

        CsvTable table = CsvTable.read(file, COLUMNS, 10);

        assertThat(table.rows().get(0).get("name")).isEqualTo("王芳");
    }

    @Test
    void namesTheMissingColumn() {
        byte[] file = "name,group\nA,B\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvTable.read(file, COLUMNS, 10))
                .isInstanceOfSatisfying(CsvTable.Unreadable.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("csv.missing-column");
                    assertThat(problem.argument(0)).isEqualTo("team");
                });
    }

    @Test
    void refusesTooManyRowsAndEmptyFiles() {
        byte[] tooMany = "name,team\na,b\nc,d\ne,f\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvTable.read(tooMany, COLUMNS, 2))
                .hasFieldOrPropertyWithValue("messageKey", "csv.too-many-rows");
        assertThatThrownBy(() -> CsvTable.read(new byte[0], COLUMNS, 2))
                .hasFieldOrPropertyWithValue("messageKey", "csv.empty");
        assertThatThrownBy(() -> CsvTable.read("name,team\n".getBytes(StandardCharsets.UTF_8), COLUMNS, 2))
                .hasFieldOrPropertyWithValue("messageKey", "csv.no-rows");
    }

    @Test
    void refusesBrokenQuotingNamingTheLineWhereTheBrokenRowStarts() {
        byte[] unclosed = "name,team\na,b\n\n\"unclosed,b\nc,d\n".getBytes(StandardCharsets.UTF_8);
        byte[] textAfterQuote = "name,team\na,b\n\"x\"y,b\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvTable.read(unclosed, COLUMNS, 10))
                .isInstanceOfSatisfying(CsvTable.Unreadable.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("csv.malformed");
                    assertThat(problem.argument(0)).isEqualTo(4);
                });
        assertThatThrownBy(() -> CsvTable.read(textAfterQuote, COLUMNS, 10))
                .isInstanceOfSatisfying(CsvTable.Unreadable.class, problem -> assertThat(problem.argument(0)).isEqualTo(3));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGbk() {
        byte[] file = { 'n', 'a', 'm', 'e', ',', 't', 'e', 'a', 'm', '\n', (byte) 0xFF, (byte) 0xFE, ',', 'b', '\n' };

        assertThatThrownBy(() -> CsvTable.read(file, COLUMNS, 10))
                .hasFieldOrPropertyWithValue("messageKey", "csv.encoding");
    }

    @Test
    void rowsKnowTheLineTheyStartOnPastBlankLinesAndLineBreaksInQuotes() throws Exception {
        byte[] file = "name,team\r\n\r\n\"two\nlines\",A\r\nthird,B\n\n\nlast,C".getBytes(StandardCharsets.UTF_8);

        CsvTable table = CsvTable.read(file, COLUMNS, 10);

        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 5, 8);
        assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 3, 4);
        assertThat(table.rows().get(0).get("name")).isEqualTo("two\nlines");
    }

    @Test
    void anExactReadingKnowsColumnsByTheirOtherNamesAndRefusesAnyOtherColumn() throws Exception {
        Map<String, String> otherNames = Map.of("姓名", "name", "班组", "team");

        CsvTable table = CsvTable.readExactly("班组,姓名\n一组,王芳\n".getBytes(StandardCharsets.UTF_8), COLUMNS,
                otherNames, 10);

        assertThat(table.rows().get(0).get("name")).isEqualTo("王芳");
        assertThat(table.rows().get(0).get("team")).isEqualTo("一组");
        assertThatThrownBy(() -> CsvTable.readExactly("name,team,age\nA,B,3\n".getBytes(StandardCharsets.UTF_8), COLUMNS,
                otherNames, 10))
                .isInstanceOfSatisfying(CsvTable.Unreadable.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("csv.unknown-column");
                    assertThat(problem.argument(0)).isEqualTo("age");
                    assertThat(problem.argument(1)).isEqualTo("name (姓名), team (班组)");
                });
        assertThatThrownBy(() -> CsvTable.readExactly("name,姓名,team\nA,B,C\n".getBytes(StandardCharsets.UTF_8), COLUMNS,
                otherNames, 10))
                .hasFieldOrPropertyWithValue("messageKey", "csv.duplicate-column");
    }
}

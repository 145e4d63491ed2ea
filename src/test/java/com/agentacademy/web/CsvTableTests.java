package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** A hostile or broken upload and how it must be refused: the message and its first argument. */
    record Refused(String name, byte[] bytes, String messageKey, Object argument) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Refused> hostileFiles() throws IOException {
        return List.of(
                new Refused("an empty file", new byte[0], "csv.empty", ""),
                new Refused("only a byte order mark", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "csv.empty", ""),
                new Refused("blank lines only", "\n\r\n  \n".getBytes(StandardCharsets.UTF_8), "csv.empty", ""),
                new Refused("a header only", "name,team\r\n".getBytes(StandardCharsets.UTF_8), "csv.no-rows", ""),
                new Refused("a zip archive", zip(), "csv.binary", ""),
                new Refused("an Excel workbook", workbook(), "csv.binary", ""),
                new Refused("an old Excel workbook", oleHeader(), "csv.binary", ""),
                new Refused("UTF-16 text", "name,team\nA,B\n".getBytes(StandardCharsets.UTF_16LE), "csv.binary", ""),
                new Refused("a NUL byte in a value", "name,team\nA\u0000,B\n".getBytes(StandardCharsets.UTF_8), "csv.binary", ""),
                new Refused("an escape character", "name,team\n\u001b[2J,B\n".getBytes(StandardCharsets.UTF_8), "csv.binary", ""),
                new Refused("neither UTF-8 nor GB18030", new byte[] { 'n', 'a', 'm', 'e', ',', 't', 'e', 'a', 'm', '\n',
                        (byte) 0x80, (byte) 0xFF, ',', 'b', '\n' }, "csv.encoding", ""),
                new Refused("an unclosed quote", "name,team\na,b\n\"c,d\ne,f\n".getBytes(StandardCharsets.UTF_8),
                        "csv.malformed", 3),
                new Refused("text after a closing quote", "name,team\n\"a\"b,c\n".getBytes(StandardCharsets.UTF_8),
                        "csv.malformed", 2),
                new Refused("an unquoted comma", "name,team\nLi,Jing,Team A\n".getBytes(StandardCharsets.UTF_8),
                        "csv.extra-values", 2),
                new Refused("a header twice", "name,team,Name\nA,B,C\n".getBytes(StandardCharsets.UTF_8),
                        "csv.duplicate-column", "Name"),
                new Refused("a header that is HTML", "<html><body>name,team</body></html>\n".getBytes(StandardCharsets.UTF_8),
                        "csv.missing-column", "name"),
                new Refused("a hundred thousand rows", ("name,team\n" + "a,b\n".repeat(100_000))
                        .getBytes(StandardCharsets.UTF_8), "csv.too-many-rows", 2_000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void refusesHostileAndBrokenFilesWholeWithTheirReason(Refused refused) {
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CsvTable.read(refused.bytes(), COLUMNS, 2_000)))
                .isInstanceOfSatisfying(CsvTable.Unreadable.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(refused.messageKey());
                    assertThat(problem.argument(0)).isEqualTo(refused.argument());
                });
    }

    @Test
    void readsFormulaCellsAsTheTextTheyAre() throws Exception {
        byte[] file = ("name,team\n=1+1,+1\n-1,@SUM(A1)\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"\t=1\"\n")
                .getBytes(StandardCharsets.UTF_8);

        CsvTable table = CsvTable.read(file, COLUMNS, 10);

        assertThat(table.rows()).extracting(row -> row.values().get("name"), row -> row.values().get("team"))
                .containsExactly(tuple("=1+1", "+1"), tuple("-1", "@SUM(A1)"),
                        tuple("=HYPERLINK(\"http://evil.example\",\"x\")", "\t=1"));
    }

    @Test
    void readsGb18030BeyondGbkAndEmptyValuesAtTheEndOfARow() throws Exception {
        byte[] file = "name,team\n\uD840\uDC00王,一组,,\n".getBytes(Charset.forName("GB18030"));

        CsvTable table = CsvTable.read(file, COLUMNS, 10);

        assertThat(table.rows().get(0).get("name")).isEqualTo("\uD840\uDC00王");
        assertThat(table.rows().get(0).get("team")).isEqualTo("一组");
    }

    private static byte[] zip() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("people.csv"));
            zip.write("name,team\nA,B\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] workbook() throws IOException {
        var bytes = new ByteArrayOutputStream();
        SpreadsheetExport.xlsx("People", List.of("name", "team"), List.of(List.of("A", "B")), bytes);
        return bytes.toByteArray();
    }

    /** The first bytes of an Excel 97 workbook (an OLE2 compound file). */
    private static byte[] oleHeader() {
        byte[] bytes = new byte[512];
        byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}

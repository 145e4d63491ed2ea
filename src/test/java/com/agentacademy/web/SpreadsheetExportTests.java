package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetExportTests {

    private static final List<String> HEADER = List.of("Name", "Score", "Passed on");

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
            "=HYPERLINK(\"http://evil.example\",\"click\")" })
    void csvNeutralisesTextThatWouldRunAsAFormula(String text) throws IOException {
        List<CSVRecord> records = readCsv(csv(List.of(Arrays.asList(text, 1, null))));

        assertThat(records.get(1).get(0)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
            "=HYPERLINK(\"http://evil.example\",\"click\")" })
    void xlsxWritesTextThatWouldRunAsAFormulaAsNeutralisedText(String text) throws IOException {
        try (Workbook workbook = readXlsx(xlsx(List.of(Arrays.asList(text, 1, null))))) {
            Cell cell = workbook.getSheetAt(0).getRow(1).getCell(0);

            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + text);
            assertThat(cellTypes(workbook.getSheetAt(0))).doesNotContain(CellType.FORMULA);
        }
    }

    @Test
    void headersAreNeutralisedToo() throws IOException {
        List<String> header = List.of("=cmd", "Score");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SpreadsheetExport.csv(header, List.of(), csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SpreadsheetExport.xlsx("Scores", header, List.of(), xlsx);

        assertThat(readCsv(csv.toByteArray()).get(0).get(0)).isEqualTo("'=cmd");
        try (Workbook workbook = readXlsx(xlsx.toByteArray())) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=cmd");
        }
    }

    @Test
    void plainTextIsLeftAsItIs() {
        assertThat(SpreadsheetExport.safeText("Liu Yang")).isEqualTo("Liu Yang");
        assertThat(SpreadsheetExport.safeText("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetExport.safeText("")).isEmpty();
        assertThat(SpreadsheetExport.safeText(null)).isNull();
    }

    @Test
    void negativeNumbersStayNumbers() throws IOException {
        List<List<Object>> rows = List.of(List.of("Liu Yang", -5, LocalDate.of(2026, 1, 10)),
                List.of("Chen Chen", new BigDecimal("-12.5"), LocalDate.of(2026, 2, 1)));

        List<CSVRecord> records = readCsv(csv(rows));
        assertThat(records.get(1).get(1)).isEqualTo("-5");
        assertThat(records.get(2).get(1)).isEqualTo("-12.5");

        try (Workbook workbook = readXlsx(xlsx(rows))) {
            Cell score = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(-5.0);
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-12.5);
        }
    }

    @Test
    void datesAreDateCellsShownAsIsoDates() throws IOException {
        List<List<Object>> rows = List.of(List.of("Liu Yang", 80, LocalDate.of(2026, 1, 10)));

        assertThat(readCsv(csv(rows)).get(1).get(2)).isEqualTo("2026-01-10");
        try (Workbook workbook = readXlsx(xlsx(rows))) {
            Cell day = workbook.getSheetAt(0).getRow(1).getCell(2);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void chineseTextRoundTrips() throws IOException {
        List<List<Object>> rows = List.of(List.of("孙悦", 92, LocalDate.of(2026, 3, 1)));

        assertThat(readCsv(csv(rows)).get(1).get(0)).isEqualTo("孙悦");
        try (Workbook workbook = readXlsx(xlsx(rows))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("孙悦");
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndIsUtf8() throws IOException {
        byte[] file = csv(List.of(List.of("王芳", 1, LocalDate.of(2026, 1, 1))));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Name,Score,Passed on\r\n王芳,1,2026-01-01\r\n");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
        List<List<Object>> rows = List.of(List.of("Li, Jing", 1, "said \"hello\""), List.of("two\nlines", 2, "ok"));

        byte[] file = csv(rows);

        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Name,Score,Passed on\r\n\"Li, Jing\",1,\"said \"\"hello\"\"\"\r\n\"two\nlines\",2,ok\r\n");
        List<CSVRecord> records = readCsv(file);
        assertThat(records.get(1).get(0)).isEqualTo("Li, Jing");
        assertThat(records.get(1).get(2)).isEqualTo("said \"hello\"");
        assertThat(records.get(2).get(0)).isEqualTo("two\nlines");
    }

    @Test
    void xlsxHasABoldFrozenHeaderAndReadableColumns() throws IOException {
        List<List<Object>> rows = List.of(List.of("Product basics certification of the Lumen handsets", 1, "x"));

        try (Workbook workbook = readXlsx(xlsx(rows))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Results");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1));
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(8 * 256);
        }
    }

    private static byte[] csv(List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetExport.csv(HEADER, rows, out);
        return out.toByteArray();
    }

    private static byte[] xlsx(List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetExport.xlsx("Results", HEADER, rows, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> readCsv(byte[] file) throws IOException {
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static Workbook readXlsx(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private static List<CellType> cellTypes(Sheet sheet) {
        List<CellType> types = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                types.add(cell.getCellType());
            }
        }
        return types;
    }
}

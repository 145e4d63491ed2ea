package com.agentacademy.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Tables written for spreadsheet programs, as CSV or as an Excel workbook, for every page that
 * offers a download. Text that a spreadsheet would take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return at the start) is written with a leading {@code '}
 * in both formats (see {@link #safeText(String)}); numbers stay numbers.
 */
public final class SpreadsheetExport {

    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private SpreadsheetExport() {
    }

    /**
     * Sends the table as a download named {@code fileName.format}: {@code csv} as {@link #csv},
     * anything else as {@link #xlsx} with the given sheet name.
     */
    public static void download(String format, String fileName, String sheetName, List<String> header,
            List<? extends List<?>> rows, HttpServletResponse response) throws IOException {
        String extension = format.equals("csv") ? "csv" : "xlsx";
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName + "." + extension, StandardCharsets.UTF_8).build().toString());
        if (extension.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            csv(header, rows, response.getOutputStream());
        }
        else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            xlsx(sheetName, header, rows, response.getOutputStream());
        }
    }

    /**
     * Writes an RFC 4180 CSV file in UTF-8 with a byte order mark, so that Excel reads Chinese
     * correctly. Numbers are written as numbers, dates as {@code yyyy-MM-dd}, {@code null} as an
     * empty field. The stream is flushed, not closed.
     */
    public static void csv(List<String> header, List<? extends List<?>> rows, OutputStream out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header.stream().map(SpreadsheetExport::csvField));
        for (List<?> row : rows) {
            printer.printRecord(row.stream().map(SpreadsheetExport::csvField));
        }
        printer.flush();
    }

    /**
     * Writes an Excel workbook (.xlsx) with one sheet: a bold header row that stays in view when
     * scrolling, columns wide enough for their text, numbers as numeric cells, {@link LocalDate}s as
     * date cells shown {@code yyyy-MM-dd}, everything else as text. The stream is not closed.
     */
    public static void xlsx(String sheetName, List<String> header, List<? extends List<?>> rows, OutputStream out)
            throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = boldStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            List<Integer> widths = new ArrayList<>();
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(safeText(header.get(i)));
                cell.setCellStyle(bold);
                widen(widths, i, cell.getStringCellValue());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    widen(widths, i, write(row.createCell(i), values.get(i), date));
                }
            }
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths.get(i) + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /**
     * The text as a spreadsheet must show it: text starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading {@code '} so that no spreadsheet program
     * runs it as a formula (OWASP's advice against CSV injection); any other text is returned as it is.
     */
    public static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        return safeText(value.toString());
    }

    /** Writes the value into the cell and returns the text it shows, for the column width. */
    private static String write(Cell cell, Object value, CellStyle date) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return csvField(number);
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
            return day.toString();
        }
        String text = safeText(value.toString());
        cell.setCellValue(text);
        return text;
    }

    private static CellStyle boldStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /**
     * Column widths counted in characters, Chinese characters twice as wide as Latin ones; counted
     * here rather than by POI's auto-size, which needs the fonts installed on the server.
     */
    private static void widen(List<Integer> widths, int column, String text) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        int width = text.lines()
                .mapToInt(line -> line.codePoints().map(c -> Character.isIdeographic(c) ? 2 : 1).sum())
                .max().orElse(0);
        widths.set(column, Math.max(widths.get(column), width));
    }
}

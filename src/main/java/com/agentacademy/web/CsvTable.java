package com.agentacademy.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read as a whole before anything is stored: UTF-8 (with or without a byte
 * order mark) or, when the bytes are not UTF-8, GB18030 (which covers GBK, what Chinese spreadsheet
 * programs write); bytes that are neither, or that hold control characters (an Excel workbook or a
 * zip file rather than CSV), are refused, and so is a row with more values than the header has
 * names. Column names are matched without regard to case or surrounding spaces. Rows are numbered
 * as a spreadsheet shows them: the header is row 1; each row also knows the line of the file it
 * starts on.
 */
public final class CsvTable {

    /**
     * One data row.
     *
     * @param number the spreadsheet row number (the header is row 1)
     * @param line the line of the file where the row starts (blank lines and line breaks inside
     *        quoted fields count, as in a text editor)
     * @param values the row's value of each column, by the column's own name
     */
    public record Row(int number, int line, Map<String, String> values) {

        /** The trimmed value of a column, empty when the row has none. */
        public String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    /** The file as a whole cannot be read; {@code messageKey} says why, {@code arguments} fill it in. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final transient Object[] arguments;

        Unreadable(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        /** The i-th argument of the message, empty when there is none. */
        public Object argument(int i) {
            return i < arguments.length ? arguments[i] : "";
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads the whole file; columns other than the ones asked for are ignored.
     *
     * @param bytes the uploaded file
     * @param columns the columns every file must have, lower case
     * @param maxRows the most data rows accepted
     */
    public static CsvTable read(byte[] bytes, List<String> columns, int maxRows) throws Unreadable {
        return read(bytes, new Header(columns, Map.of(), false), maxRows);
    }

    /**
     * Reads the whole file, which must have exactly these columns, in any order: a header that names
     * another column is refused. A column may also be named by one of its other names (say, the
     * header another system's export gives it); the rows know it by its own name.
     *
     * @param bytes the uploaded file
     * @param columns the columns every file must have, lower case
     * @param otherNames other names of the columns, lower case, each mapped to the column it names
     * @param maxRows the most data rows accepted
     */
    public static CsvTable readExactly(byte[] bytes, List<String> columns, Map<String, String> otherNames, int maxRows)
            throws Unreadable {
        return read(bytes, new Header(columns, otherNames, true), maxRows);
    }

    private static CsvTable read(byte[] bytes, Header expected, int maxRows) throws Unreadable {
        if (hasZeroByte(bytes)) {
            throw new Unreadable("csv.binary");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new Unreadable("csv.empty");
        }
        if (isBinary(text)) {
            throw new Unreadable("csv.binary");
        }
        Lines lines = new Lines(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> header = null;
            long linesRead = 0;
            try {
                int columnCount = 0;
                for (CSVRecord record : parser) {
                    if (header == null) {
                        header = expected.positions(record);
                        columnCount = record.size();
                    }
                    else if (rows.size() == maxRows) {
                        throw new Unreadable("csv.too-many-rows", maxRows);
                    }
                    else {
                        checkNoExtraValues(record, columnCount, lines);
                        rows.add(row(record, header, lines));
                    }
                    linesRead = parser.getCurrentLineNumber();
                }
            }
            catch (UncheckedIOException | IllegalStateException ex) {
                throw new Unreadable("csv.malformed", lines.firstFilledFrom((int) linesRead + 1));
            }
            if (rows.isEmpty()) {
                throw new Unreadable("csv.no-rows");
            }
            return new CsvTable(List.copyOf(rows));
        }
        catch (IOException ex) {
            throw new Unreadable("csv.malformed", 1);
        }
    }

    /**
     * A row with more values than the header has names is a value with an unquoted comma, which
     * shifts every value after it into the wrong column; empty values at the end are harmless.
     */
    private static void checkNoExtraValues(CSVRecord record, int columnCount, Lines lines) throws Unreadable {
        for (int i = columnCount; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                throw new Unreadable("csv.extra-values", lines.firstFilledAt(record.getCharacterPosition()), columnCount);
            }
        }
    }

    /**
     * Neither UTF-8 nor GB18030 text has a zero byte, but workbooks, zip archives and UTF-16 text
     * do: they are named for what they are rather than as an unknown encoding.
     */
    private static boolean hasZeroByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text with control characters other than tab and line breaks is not a CSV file but, say, an
     * Excel workbook or a zip archive that happened to decode.
     */
    private static boolean isBinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static Row row(CSVRecord record, Map<String, Integer> header, Lines lines) {
        Map<String, String> values = new HashMap<>();
        header.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
        return new Row((int) record.getRecordNumber(), lines.firstFilledAt(record.getCharacterPosition()), values);
    }

    /** The columns a file must have, the other names they go by, and whether other columns are refused. */
    private record Header(List<String> columns, Map<String, String> otherNames, boolean exactly) {

        Map<String, Integer> positions(CSVRecord first) throws Unreadable {
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < first.size(); i++) {
                String written = first.get(i).strip().toLowerCase(Locale.ROOT);
                String name = otherNames.getOrDefault(written, written);
                if (name.isEmpty()) {
                    continue;
                }
                if (exactly && !columns.contains(name)) {
                    throw new Unreadable("csv.unknown-column", first.get(i).strip(), described());
                }
                if (header.putIfAbsent(name, i) != null) {
                    throw new Unreadable("csv.duplicate-column", first.get(i).strip());
                }
            }
            for (String column : columns) {
                if (!header.containsKey(column)) {
                    throw new Unreadable("csv.missing-column", column, described());
                }
            }
            return header;
        }

        /** The columns as a reader of the message needs them: each with its other names in brackets. */
        private String described() {
            return columns.stream().map(column -> {
                String others = otherNames.entrySet().stream().filter(entry -> entry.getValue().equals(column))
                        .map(Map.Entry::getKey).sorted().collect(Collectors.joining(", "));
                return others.isEmpty() ? column : column + " (" + others + ")";
            }).collect(Collectors.joining(", "));
        }
    }

    /** Where the lines of the text start, to name the line of a character as a text editor does. */
    private static final class Lines {

        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int[] found = new int[64];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(found, count);
        }

        /** The line of the first character at or after {@code position} that is not a line break. */
        int firstFilledAt(long position) {
            int at = (int) Math.min(position, text.length());
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
            int found = Arrays.binarySearch(starts, at);
            return found >= 0 ? found + 1 : -found - 1;
        }

        /** The first line at or after {@code line} that is not blank. */
        int firstFilledFrom(int line) {
            return line > starts.length ? starts.length : firstFilledAt(starts[line - 1]);
        }
    }

    static String decode(byte[] bytes) throws Unreadable {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, start, bytes.length - start));
        }
        catch (CharacterCodingException notUtf8) {
            try {
                return strictly(GB18030, ByteBuffer.wrap(bytes));
            }
            catch (CharacterCodingException neither) {
                throw new Unreadable("csv.encoding");
            }
        }
    }

    private static String strictly(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
    }
}

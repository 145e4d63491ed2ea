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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read as a whole before anything is stored: UTF-8 (with or without a byte
 * order mark) or, when the bytes are not UTF-8, GB18030 (which covers GBK, what Chinese spreadsheet
 * programs write). Column names are matched without regard to case or surrounding spaces. Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
public final class CsvTable {

    /** One data row; {@code number} is the spreadsheet row number. */
    public record Row(int number, Map<String, String> values) {

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

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads the whole file.
     *
     * @param bytes the uploaded file
     * @param columns the columns every file must have, lower case
     * @param maxRows the most data rows accepted
     */
    public static CsvTable read(byte[] bytes, List<String> columns, int maxRows) throws Unreadable {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new Unreadable("csv.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            Map<String, Integer> header = header(records.get(0), columns);
            if (records.size() - 1 > maxRows) {
                throw new Unreadable("csv.too-many-rows", maxRows);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<String, String> values = new HashMap<>();
                header.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
                rows.add(new Row((int) record.getRecordNumber(), values));
            }
            if (rows.isEmpty()) {
                throw new Unreadable("csv.no-rows");
            }
            return new CsvTable(List.copyOf(rows));
        }
        catch (UncheckedIOException | IllegalStateException ex) {
            throw new Unreadable("csv.malformed", ex.getMessage());
        }
        catch (IOException ex) {
            throw new Unreadable("csv.malformed", ex.getMessage());
        }
    }

    private static Map<String, Integer> header(CSVRecord first, List<String> columns) throws Unreadable {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && header.putIfAbsent(name, i) != null) {
                throw new Unreadable("csv.duplicate-column", name);
            }
        }
        for (String column : columns) {
            if (!header.containsKey(column)) {
                throw new Unreadable("csv.missing-column", column, String.join(", ", columns));
            }
        }
        return header;
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        }
        catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}

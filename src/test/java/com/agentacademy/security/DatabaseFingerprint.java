package com.agentacademy.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table of the database as a row count and a hash of its contents, to show that a request
 * changed nothing. Tables may be left out, or looked at only through a condition (the rows that
 * must not change), each for a stated reason.
 */
final class DatabaseFingerprint {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Set<String> leftOut;
    private final Map<String, String> onlyWhere;

    DatabaseFingerprint(DataSource dataSource, Set<String> leftOut, Map<String, String> onlyWhere) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.leftOut = leftOut;
        this.onlyWhere = onlyWhere;
    }

    /** Table name → "rows:hash". */
    Map<String, String> take() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : tables()) {
            if (leftOut.contains(table)) {
                continue;
            }
            String where = onlyWhere.containsKey(table) ? " WHERE " + onlyWhere.get(table) : "";
            List<String> rows = jdbc.query("SELECT * FROM " + table + where, (rs, number) -> row(rs));
            tables.put(table, rows.size() + ":" + hash(rows));
        }
        if (!tables.containsKey("person") || !tables.containsKey("exam_attempt")) {
            throw new IllegalStateException("the fingerprint found no application tables: " + tables.keySet());
        }
        return tables;
    }

    /** The tables whose count or contents differ, each with its counts before and after. */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + " (rows " + count(before.get(table)) + " → " + count(after.get(table)) + ")");
            }
        }
        return changed;
    }

    private List<String> tables() {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                        new String[] { "TABLE" })) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            row.append(rs.getString(column)).append('\u001f');
        }
        return row.toString();
    }

    private static String hash(List<String> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.stream().sorted().forEach(row -> digest.update((row + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String count(String fingerprint) {
        return fingerprint == null ? "none" : fingerprint.substring(0, fingerprint.indexOf(':'));
    }
}

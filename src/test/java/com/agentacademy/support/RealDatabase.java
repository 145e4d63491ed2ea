package com.agentacademy.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MySQL-protocol server of the real-database suite ({@code -Ddb.url=jdbc:mysql://host:port/name},
 * {@code db.user}, {@code db.password}, {@code db.dialect}). Tests that need a database of their own
 * get {@code <name>_<suffix>} on the same server, created empty, so that they neither clash with
 * the suite's database nor with each other.
 */
public final class RealDatabase {

    private RealDatabase() {
    }

    /** The URL of a new, empty database {@code <name>_<suffix>} (dropped first if it was there). */
    public static String fresh(String suffix) {
        String name = name(suffix);
        execute("DROP DATABASE IF EXISTS " + name,
                "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return url(suffix);
    }

    /** Drops the database {@code <name>_<suffix>}. */
    public static void drop(String suffix) {
        execute("DROP DATABASE IF EXISTS " + name(suffix));
    }

    /** The URL of {@code <name>_<suffix>}. */
    public static String url(String suffix) {
        URI uri = server();
        return "jdbc:mysql://" + uri.getHost() + ":" + port() + "/" + name(suffix)
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The same database reached through another port on this machine (a {@link DatabaseProxy}). */
    public static String throughPort(String url, int port) {
        return url.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    public static String host() {
        return server().getHost();
    }

    public static int port() {
        int port = server().getPort();
        return port < 0 ? 3306 : port;
    }

    public static String user() {
        return System.getProperty("db.user", "root");
    }

    public static String password() {
        return System.getProperty("db.password", "");
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** Points a Spring test context at {@code url}. */
    public static void use(DynamicPropertyRegistry registry, String url) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", RealDatabase::user);
        registry.add("spring.datasource.password", RealDatabase::password);
        String dialect = System.getProperty("db.dialect", "");
        if (!dialect.isBlank()) {
            registry.add("spring.jpa.properties.hibernate.dialect", () -> dialect);
        }
    }

    /** The same settings as command-line arguments, for an application started by hand. */
    public static List<String> arguments(String url) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password()));
        String dialect = System.getProperty("db.dialect", "");
        if (!dialect.isBlank()) {
            arguments.add("--spring.jpa.properties.hibernate.dialect=" + dialect);
        }
        return arguments;
    }

    private static void execute(String... statements) {
        try (Connection connection = connect(serverUrl()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("The real-database server refused: " + e.getMessage(), e);
        }
    }

    private static String serverUrl() {
        URI uri = server();
        return "jdbc:mysql://" + uri.getHost() + ":" + port() + "/"
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String name(String suffix) {
        String path = server().getPath();
        String base = path == null || path.length() <= 1 ? "academy" : path.substring(1);
        String name = base + "_" + suffix;
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        return name;
    }

    private static URI server() {
        String url = System.getProperty("db.url", "");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalStateException("The real-database suite needs -Ddb.url=jdbc:mysql://host:port/name");
        }
        return URI.create(url.substring("jdbc:".length()));
    }
}

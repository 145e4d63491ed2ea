package academy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import com.agentacademy.web.MysqlStatementCache;

/**
 * The benchmark's direct database work: the people it signs in as, written in one batch with one
 * Argon2id hash (the application's parameters) for all of them, and the database's own limit for
 * autosave, a loop of raw single-row upserts into a table shaped like the answer table.
 */
final class BenchDatabase {

    /** What the raw upsert loop reached. */
    record Baseline(int threads, Duration duration, long upserts) {

        double perSecond() {
            return upserts * 1000.0 / duration.toMillis();
        }
    }

    private final BenchSettings settings;

    BenchDatabase(BenchSettings settings) {
        this.settings = settings;
    }

    /** Agents {@code bench-00001} … and one administrator (so that the first-administrator page is gone). */
    void seedAgents(int count) throws SQLException {
        String hash = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(settings.password());
        try (HikariDataSource data = dataSource(2); Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM person_role WHERE person_id IN (SELECT id FROM person WHERE username LIKE 'bench-%')");
            }
            try (PreparedStatement person = connection.prepareStatement("""
                    INSERT INTO person (username, employee_number, display_name, email, password_hash,
                        must_change_password, active, created_at, version, mail_digest)
                    VALUES (?, ?, ?, ?, ?, FALSE, TRUE, ?, 0, FALSE)
                    ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash)
                    """)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i <= count; i++) {
                    String name = i == 0 ? "bench-admin" : username(i);
                    person.setString(1, name);
                    person.setString(2, i == 0 ? "BA0" : "B" + i);
                    person.setString(3, i == 0 ? "Bench Administrator" : "Bench Agent " + i);
                    person.setString(4, name + "@bench.invalid");
                    person.setString(5, hash);
                    person.setTimestamp(6, now);
                    person.addBatch();
                }
                person.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO person_role (person_id, role) SELECT id, 'AGENT' FROM person "
                        + "WHERE username LIKE 'bench-%' AND username <> 'bench-admin'");
                statement.executeUpdate("INSERT INTO person_role (person_id, role) SELECT id, 'ADMIN' FROM person "
                        + "WHERE username = 'bench-admin'");
            }
            connection.commit();
        }
    }

    static String username(int number) {
        return String.format("bench-%05d", number);
    }

    /**
     * As many threads as the application has pooled connections, each upserting one row after
     * another (autocommit, like the application's autosave) into a copy of {@code attempt_answer},
     * through the driver with the application's settings ({@link MysqlStatementCache}).
     */
    Baseline rawUpserts() throws Exception {
        int threads = settings.poolSize();
        try (HikariDataSource data = dataSource(threads)) {
            try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DROP TABLE IF EXISTS bench_answer");
                statement.executeUpdate("CREATE TABLE bench_answer LIKE attempt_answer");
            }
            AtomicLong upserts = new AtomicLong();
            long until = System.nanoTime() + settings.jdbcDuration().toNanos();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> upsertUntil(data, until, upserts), "raw-upsert-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            return new Baseline(threads, settings.jdbcDuration(), upserts.get());
        }
    }

    private static void upsertUntil(HikariDataSource data, long until, AtomicLong upserts) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < until) {
            try (Connection connection = data.getConnection(); PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO bench_answer (attempt_id, position, response, flagged, sequence, saved_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE response = VALUES(response), flagged = VALUES(flagged),
                        sequence = VALUES(sequence), saved_at = VALUES(saved_at)
                    """)) {
                upsert.setLong(1, random.nextInt(1, 2001));
                upsert.setInt(2, random.nextInt(1, 15));
                upsert.setString(3, String.valueOf(random.nextInt(4)));
                upsert.setBoolean(4, false);
                upsert.setLong(5, System.nanoTime());
                upsert.setTimestamp(6, Timestamp.from(Instant.now()));
                upsert.executeUpdate();
                upserts.incrementAndGet();
            }
            catch (SQLException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }

    private HikariDataSource dataSource(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.dbUser());
        config.setPassword(settings.dbPassword());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        MysqlStatementCache.apply(config);
        return new HikariDataSource(config);
    }
}

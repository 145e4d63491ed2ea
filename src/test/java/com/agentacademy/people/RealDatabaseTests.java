package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.agentacademy.support.SiteClient;

/**
 * The same migrations and the same code against a real MySQL-protocol server (MySQL 8 or MariaDB),
 * run when {@code -Ddb.url=jdbc:mysql://...} is given (CI does). The schema is dropped first, so
 * every migration runs from an empty database.
 */
@EnabledIfSystemProperty(named = "db.url", matches = "jdbc:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.flyway.clean-disabled=false" })
@Import(RealDatabaseTests.CleanDatabase.class)
class RealDatabaseTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("db.url"));
        registry.add("spring.datasource.username", () -> System.getProperty("db.user", "root"));
        registry.add("spring.datasource.password", () -> System.getProperty("db.password", ""));
        String dialect = System.getProperty("db.dialect", "");
        if (!dialect.isBlank()) {
            registry.add("spring.jpa.properties.hibernate.dialect", () -> dialect);
        }
    }

    @TestConfiguration
    static class CleanDatabase {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    PersonRepository persons;

    @Autowired
    TeamRepository teams;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationRanOnTheRealServer() {
        int applied = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1").query(Integer.class).single();
        assertThat(applied).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT DATABASE()").query(String.class).single()).isNotBlank();
    }

    @Test
    void aPersonWithAChineseNameRolesAndATeamComesBackWhole() {
        Team team = teams.save(new Team("深圳三组 Team C"));
        Person saved = persons.save(new Person("round.trip", "RT001", "欧阳娜娜 Ouyang", "rt@example.test",
                Set.of(Role.AGENT, Role.QA), team.getId(), "{argon2}not-a-real-hash", true, Clock.systemUTC()));

        Person loaded = persons.findById(saved.getId()).orElseThrow();

        assertThat(loaded.getDisplayName()).isEqualTo("欧阳娜娜 Ouyang");
        assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.AGENT, Role.QA);
        assertThat(teams.findById(loaded.getTeamId()).orElseThrow().getName()).isEqualTo("深圳三组 Team C");
        assertThat(loaded.getCreatedAt()).isNotNull();
    }

    @Test
    void signInThrottleAndSessionsWorkOnTheRealServer() throws Exception {
        var site = new SiteClient(port);
        assertThat(site.signIn("agent2", "wrong password here").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(jdbc.sql("SELECT failures FROM sign_in_throttle WHERE username = 'agent2'").query(Integer.class).single())
                .isEqualTo(1);

        site.signIn("agent2", "demo-academy-2026");
        var home = site.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Zhao Lei 赵磊");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'agent2'").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void phoneAndIdNumbersAreCiphertextOnTheRealServer() {
        Person person = new Person("real.cipher", "RC001", "Real Cipher", "rc@example.test", Set.of(Role.AGENT), null,
                "{argon2}not-a-real-hash", true, Clock.systemUTC());
        person.recordPersonalData("13812345678", "11010519491231002X");
        long id = persons.save(person).getId();

        var raw = jdbc.sql("SELECT phone, national_id FROM person WHERE id = ?").param(id)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).single();

        assertThat(raw).doesNotContain("13812345678").doesNotContain("11010519491231002X").matches("\\S+:\\S+ \\S+:\\S+");
        assertThat(persons.findById(id).orElseThrow().getNationalId()).isEqualTo("11010519491231002X");
    }

    @Test
    void theAuditLogRefusesUpdateAndDeleteOnTheRealServer() {
        jdbc.sql("INSERT INTO audit_event (occurred_at, kind, subject, details) VALUES (CURRENT_TIMESTAMP, 'TEST', 'x', '')")
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET kind = 'CHANGED' WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT kind FROM audit_event WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("TEST");
    }
}

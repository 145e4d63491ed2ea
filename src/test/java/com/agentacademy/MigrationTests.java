package com.agentacademy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.agentacademy.support.RealDatabase;
import com.agentacademy.support.SiteClient;

/**
 * Flyway on the real server (real-database suite): an empty database migrates to the current
 * schema, and so does the database of the previous release, a snapshot kept under
 * {@code db/releases/} (see docs/releases.md), whose rows the application still reads afterwards.
 * Hibernate validates the schema as each application starts.
 */
@EnabledIfSystemProperty(named = "db.url", matches = "jdbc:.+")
class MigrationTests {

    static final String PREVIOUS_RELEASE = "db/releases/release-1-mysql.sql";
    static final Pattern VERSION = Pattern.compile("V([\\d.]+)__.*\\.sql");

    @Test
    void anEmptyDatabaseMigratesToTheCurrentSchema() throws Exception {
        try (ConfigurableApplicationContext app = start(RealDatabase.fresh("migrate_empty"))) {
            assertThat(appliedVersions(app)).containsExactlyElementsOf(shippedVersions());
        }
    }

    @Test
    void thePreviousReleasesDatabaseMigratesAndItsRowsAreStillReadable() throws Exception {
        String url = RealDatabase.fresh("migrate_release");
        load(url, new ClassPathResource(PREVIOUS_RELEASE).getContentAsString(StandardCharsets.UTF_8));

        try (ConfigurableApplicationContext app = start(url)) {
            assertThat(appliedVersions(app)).containsExactlyElementsOf(shippedVersions());
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            SiteClient holder = signedIn(port, "agent2");
            assertThat(holder.get("/").body()).contains("Zhao Lei 赵磊");
            assertThat(holder.get("/courses/handset-products").body()).contains("Handset product knowledge");
            assertThat(holder.get("/certificates").body()).contains("Product Basics");
            assertThat(new SiteClient(port).get("/verify/N2E6QGSEDBXMA8WYKWMS").body()).contains("Product Basics");

            SiteClient taker = signedIn(port, "agent");
            long attempt = JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                    .sql("SELECT a.id FROM exam_attempt a JOIN person p ON p.id = a.person_id WHERE p.username = 'agent'")
                    .query(Long.class).single();
            var result = taker.get("/attempts/" + attempt + "/result");
            assertThat(result.statusCode()).isEqualTo(200);
            assertThat(result.body()).contains("Product basics certification exam").contains("14.3");

            assertThat(signedIn(port, "hr").get("/people").body()).contains("Liu Yang 刘洋").contains("Zhao Lei 赵磊");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        List<String> arguments = new ArrayList<>(RealDatabase.arguments(url));
        arguments.addAll(List.of("--server.port=0", "--academy.content.import-on-startup=false",
                "--academy.content.exams-dir=" + Path.of("exams").toAbsolutePath(),
                "--academy.content.courses-dir=" + Path.of("courses").toAbsolutePath()));
        return new SpringApplicationBuilder(AcademyApplication.class).run(arguments.toArray(String[]::new));
    }

    private static SiteClient signedIn(int port, String username) throws Exception {
        SiteClient site = new SiteClient(port);
        site.signIn(username, "demo-academy-2026");
        site.post("/language", "lang=en&back=/", site.get("/").body());
        return site;
    }

    /** Runs a mysqldump file as it is, in one go. */
    private static void load(String url, String dump) throws Exception {
        String separator = url.contains("?") ? "&" : "?";
        try (Connection connection = RealDatabase.connect(url + separator + "allowMultiQueries=true");
                Statement statement = connection.createStatement()) {
            statement.execute(dump);
        }
    }

    private static List<String> appliedVersions(ConfigurableApplicationContext app) {
        return JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                        + "ORDER BY installed_rank")
                .query(String.class).list();
    }

    /** The migrations shipped for this database: the common ones and MySQL's own. */
    private static List<String> shippedVersions() throws Exception {
        var files = new PathMatchingResourcePatternResolver();
        return Stream.of("classpath:db/migration/V*__*.sql", "classpath:db/vendor/mysql/V*__*.sql")
                .flatMap(pattern -> {
                    try {
                        return Arrays.stream(files.getResources(pattern));
                    }
                    catch (java.io.IOException unreadable) {
                        throw new java.io.UncheckedIOException(unreadable);
                    }
                })
                .map(Resource::getFilename).map(VERSION::matcher).filter(Matcher::matches)
                .map(matcher -> MigrationVersion.fromVersion(matcher.group(1))).sorted()
                .map(MigrationVersion::getVersion).toList();
    }
}

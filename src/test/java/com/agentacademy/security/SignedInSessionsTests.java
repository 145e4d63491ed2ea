package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.agentacademy.AcademyApplication;
import com.agentacademy.support.SiteClient;

/**
 * Two application instances on one database, as behind a load balancer: a person deactivated on
 * one instance is signed out on the other at their next request.
 */
class SignedInSessionsTests {

    static final Pattern DEACTIVATE = Pattern.compile("action=\"(/people/\\d+/deactivate)\"");

    @Test
    void aDeactivatedPersonsSessionsEndOnEveryInstance(@TempDir Path folder) throws Exception {
        Path empty = Files.createDirectories(folder.resolve("content"));
        String[] args = { "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:two-instances;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--academy.content.courses-dir=" + empty, "--academy.content.exams-dir=" + empty };
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AcademyApplication.class).run(args);
                ConfigurableApplicationContext second = new SpringApplicationBuilder(AcademyApplication.class).run(args)) {
            var agentOnSecond = new SiteClient(port(second));
            agentOnSecond.signIn("agent5", "demo-academy-2026");
            assertThat(agentOnSecond.get("/").statusCode()).isEqualTo(200);
            var adminOnFirst = new SiteClient(port(first));
            adminOnFirst.signIn("admin", "demo-academy-2026");
            String agentsPage = adminOnFirst.get("/people?q=agent5").body();
            String person = adminOnFirst.get(personPage(agentsPage)).body();
            Matcher deactivate = DEACTIVATE.matcher(person);
            assertThat(deactivate.find()).isTrue();

            var deactivated = adminOnFirst.post(deactivate.group(1), "", person);

            assertThat(deactivated.statusCode()).isEqualTo(302);
            var afterwards = agentOnSecond.get("/");
            assertThat(afterwards.statusCode()).isEqualTo(302);
            assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    private static String personPage(String list) {
        Matcher link = Pattern.compile("href=\"(/people/\\d+)\"").matcher(list);
        assertThat(link.find()).as(list).isTrue();
        return link.group(1);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

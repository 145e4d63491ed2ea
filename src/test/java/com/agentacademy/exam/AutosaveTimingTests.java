package com.agentacademy.exam;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The autosave request's server time over 1,000 saves on the embedded H2 database, written to
 * {@code target/autosave-timing-h2.md}. The benchmark, not this test, holds the timing goals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:autosave-timing;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutosaveTimingTests {

    static final Path EXAMS = ExamFixture.write(ExamFixture.temporaryFolder(), 120);

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", EXAMS::toString);
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @TestConfiguration
    static class Timing {
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> autosaveTimer() {
            return AutosaveTiming.filter();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ExamImport examImport;

    @Autowired
    AttemptStore store;

    @BeforeAll
    void importExams() {
        examImport.importAll();
    }

    @Test
    void everyOneOfAThousandAutosavesIsStored() throws Exception {
        AutosaveTiming.measure(port, "agent", "quiz-auto", "H2", store);
    }
}

package com.agentacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.security.StoredTime;

/**
 * The audit log viewer: fifty entries a page, newest first; filters by person (user name or
 * employee number), kind and days of the call centre's time zone while the log stores UTC; line
 * breaks written into an entry cannot fake another one; downloads hold what the filter shows and
 * are recorded themselves; only administrators get in.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:audit-log-viewer;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class AuditLogViewerTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final String FORGED = "Revoked: lost phone\r\n2026-11-24 09:00:00 admin LOGIN forged";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        Clock shanghaiClock() {
            return Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), SHANGHAI);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService people;

    /**
     * Sixty sign-ins of the administrator on 20 November (08:00–08:59 in Shanghai), a revocation by
     * HR at 01:30 on the 24th in Shanghai (17:30 UTC on the 23rd), an import by the system at 23:59
     * on the 24th and an export by the trainer at 00:00 on the 25th, Shanghai time.
     */
    @BeforeEach
    void entries() {
        jdbc.sql("TRUNCATE TABLE audit_event").update(); // the application itself cannot DELETE (append-only trigger)
        for (int minute = 0; minute < 60; minute++) {
            add(Instant.parse("2026-11-20T00:00:00Z").plusSeconds(60L * minute), id("admin"), "LOGIN", "person:1", "");
        }
        add(Instant.parse("2026-11-23T17:30:00Z"), id("hr"), "CERTIFICATE_REVOKED", "certificate:7", FORGED);
        add(Instant.parse("2026-11-24T15:59:00Z"), null, "CONTENT_IMPORT", "exams", "added=3");
        add(Instant.parse("2026-11-24T16:00:00Z"), id("trainer"), "EXPORT", "item-analysis", "csv, 12 rows");
    }

    @Test
    void fiftyEntriesAPageNewestFirst() throws Exception {
        Document first = page("/audit");
        Document second = page("/audit?page=1");

        assertThat(first.selectFirst("#entry-count").text()).startsWith("63 entries match.")
                .endsWith("Dates and times are in the time zone Asia/Shanghai.");
        assertThat(first.select("#audit-entries tbody tr")).hasSize(50);
        assertThat(first.select("#audit-entries tbody tr").first().select(".when").text()).isEqualTo("2026-11-25 00:00:00");
        assertThat(first.select("#audit-entries tbody tr").first().select(".kind").text()).isEqualTo("EXPORT");
        assertThat(first.select(".pagination .active").text()).isEqualTo("Page 1 of 2");
        assertThat(second.select("#audit-entries tbody tr")).hasSize(13);
        assertThat(second.select("#audit-entries tbody tr").last().select(".when").text()).isEqualTo("2026-11-20 08:00:00");
        assertThat(first.select("#kind option").eachText())
                .containsExactly("All kinds", "CERTIFICATE_REVOKED", "CONTENT_IMPORT", "EXPORT", "LOGIN");
    }

    @Test
    void daysAreTheViewersDaysNotUtcDays() throws Exception {
        Document day = page("/audit?from=2026-11-24&to=2026-11-24");

        assertThat(day.select("#audit-entries .kind").eachText()).containsExactly("CONTENT_IMPORT", "CERTIFICATE_REVOKED");
        assertThat(day.select("#audit-entries .when").eachText()).containsExactly("2026-11-24 23:59:00", "2026-11-24 01:30:00");
        assertThat(day.select("#audit-entries .actor").first().text()).isEqualTo("System");
        assertThat(page("/audit?from=2026-11-25").select("#audit-entries .kind").eachText()).containsExactly("EXPORT");
        assertThat(page("/audit?to=2026-11-20").select("#audit-entries tbody tr")).hasSize(50);
    }

    @Test
    void aPersonIsFoundByUserNameOrEmployeeNumberAndAKindByItsName() throws Exception {
        Document byName = page("/audit?person=HR");
        Document byNumber = page("/audit?person=h0001");
        Document byKind = page("/audit?kind=LOGIN&from=2026-11-20&to=2026-11-20");

        assertThat(byName.select("#audit-entries .kind").eachText()).containsExactly("CERTIFICATE_REVOKED");
        assertThat(byName.select("#audit-entries .actor").text()).isEqualTo("Wang Fang 王芳 hr · H0001");
        assertThat(byNumber.select("#audit-entries .kind").eachText()).containsExactly("CERTIFICATE_REVOKED");
        assertThat(byKind.selectFirst("#entry-count").text()).startsWith("60 entries match.");
        assertThat(byKind.select("#kind option[selected]").text()).isEqualTo("LOGIN");
    }

    @Test
    void aFilterThatCannotBeReadSaysWhichFieldAndKeepsWhatWasTyped() throws Exception {
        Document unknown = page("/audit?person=nobody&kind=LOGIN");
        Document badDate = page("/audit?from=2026-13-01&to=2026-11-01");
        Document reversed = page("/audit?from=2026-11-25&to=2026-11-01");

        assertThat(unknown.select("#filter-problems").text())
                .isEqualTo("Person: no one has the user name or employee number “nobody”.");
        assertThat(unknown.select("#audit-entries")).isEmpty();
        assertThat(unknown.select("#person").val()).isEqualTo("nobody");
        assertThat(badDate.select("#filter-problems").text())
                .isEqualTo("From: write the date as year-month-day, for example 2026-11-24.");
        assertThat(badDate.select("#from").val()).isEqualTo("2026-13-01");
        assertThat(reversed.select("#filter-problems").text()).isEqualTo("From: the date is after the To date.");
    }

    @Test
    void lineBreaksInAnEntryAreShownAsSymbolsAndCannotFakeAnotherEntry() throws Exception {
        String html = mvc.perform(get("/audit?kind=CERTIFICATE_REVOKED").with(as("admin")).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(page.select("#audit-entries tbody tr")).hasSize(1);
        assertThat(page.selectFirst("#audit-entries .details").text())
                .isEqualTo("Revoked: lost phone↵2026-11-24 09:00:00 admin LOGIN forged");
        assertThat(html).doesNotContain("lost phone\r").doesNotContain("lost phone\n");
        assertThat(AuditLog.harmless("a\u202Eb\u0007c\u2028d\te")).isEqualTo("a\uFFFDb\uFFFDc↵d→e");
    }

    @Test
    void downloadsHoldTheFilteredEntriesAndAreRecorded() throws Exception {
        String csv = mvc.perform(get("/audit.csv?kind=CERTIFICATE_REVOKED").with(as("admin")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        byte[] xlsx = mvc.perform(get("/audit.xlsx?from=2026-11-24&to=2026-11-24").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFTime (Asia/Shanghai),Who,User name,Employee number,Kind,Subject,Details,Address",
                "2026-11-24 01:30:00,Wang Fang 王芳,hr,H0001,CERTIFICATE_REVOKED,certificate:7,"
                        + "Revoked: lost phone\u21B52026-11-24 09:00:00 admin LOGIN forged,");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("two entries under the header").isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("CONTENT_IMPORT");
        }
        List<Map<String, Object>> recorded = jdbc.sql("SELECT actor_id, details FROM audit_event WHERE kind = 'AUDIT_EXPORT' ORDER BY id")
                .query().listOfRows();
        assertThat(recorded).extracting(row -> row.get("details")).containsExactly(
                "csv, 1 rows; person=, kind=CERTIFICATE_REVOKED, from=, to=",
                "xlsx, 2 rows; person=, kind=, from=2026-11-24, to=2026-11-24");
        assertThat(recorded).extracting(row -> ((Number) row.get("actor_id")).longValue()).containsOnly(id("admin"));
        mvc.perform(get("/audit.csv?from=yesterday").with(as("admin"))).andExpect(redirectedUrl("/audit?person=&kind=&from=yesterday&to="));
    }

    @Test
    void onlyAdministratorsReadTheLog() throws Exception {
        for (String username : List.of("hr", "trainer", "qa", "supervisor", "agent")) {
            mvc.perform(get("/audit").with(as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/audit.csv").with(as(username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
        assertThat(page("/audit").select("a[href='/audit']").eachText()).contains("Audit log");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'AUDIT_EXPORT'").query(Long.class).single()).isZero();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as("admin")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void add(Instant when, Long actor, String kind, String subject, String details) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor_id, kind, subject, details) VALUES (?, ?, ?, ?, ?)")
                .params(StoredTime.of(when), actor, kind, subject, details).update();
    }

    private long id(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).personId();
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }
}

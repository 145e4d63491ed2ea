package com.agentacademy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.support.MutableClock;

/**
 * HR's monthly KPI upload: English or Chinese headers in UTF-8, UTF-8 with BOM or GBK; every row
 * checked with its line and column named; nothing stored unless all rows are valid; a re-upload
 * replaces its months whole; one audit entry per upload, accepted or refused.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:kpi-import;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@RecordApplicationEvents
class KpiImportTests {

    static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    static final String HEADER = "employee_number,month,calls_handled,first_contact_resolution,avg_handle_time_seconds,qa_score,csat\n";
    static final String CHINESE_HEADER = "月份,工号,接听量,一次解决率,平均处理时长(秒),质检得分,满意度\n";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PeopleDirectory people;

    @Autowired
    KpiHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM kpi_month").update();
        jdbc.sql("DELETE FROM kpi_upload").update();
        jdbc.sql("TRUNCATE TABLE audit_event").update(); // the application itself cannot DELETE (append-only trigger)
    }

    @Test
    void aUtf8FileIsStoredWithPercentSignsReadAndTheLadderIsTold() throws Exception {
        upload("kpis-2026-10.csv", (HEADER
                + "E1001,2026-10,1512,89.5%,395,92.5,94.25 %\n"
                + "e1002,2026-10,1340,80.10,478.6,85,88%\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(redirectedUrl("/kpis/import"));

        KpiMonth liu = history.history(id("agent")).get(0);
        assertThat(liu.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(liu.callsHandled()).isEqualTo(1512);
        assertThat(liu.firstContactResolution()).isEqualByComparingTo("89.5");
        assertThat(liu.handleTimeSeconds()).isEqualTo(395);
        assertThat(liu.qaScore()).isEqualByComparingTo("92.5");
        assertThat(liu.csat()).isEqualByComparingTo("94.25");
        assertThat(history.history(id("agent2")).get(0).handleTimeSeconds()).isEqualTo(479);
        assertThat(events.stream(KpisRecorded.class)).singleElement()
                .satisfies(event -> assertThat(event.personIds()).containsExactlyInAnyOrder(id("agent"), id("agent2")));
        mvc.perform(get("/kpis/import").with(user(accounts.loadUserByUsername("hr"))))
                .andExpect(content().string(containsString("kpis-2026-10.csv")))
                .andExpect(content().string(containsString("Wang Fang")));
    }

    @Test
    void theSampleFileOfTheReadmeImports() throws Exception {
        upload("kpis-2026-10.csv", Files.readAllBytes(Path.of("docs/samples/kpis-2026-10.csv")))
                .andExpect(redirectedUrl("/kpis/import"));

        assertThat(storedRows()).isEqualTo(6);
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndChineseHeadersInAnotherOrderIsStored() throws Exception {
        byte[] text = (CHINESE_HEADER + "2026-09,E1003,1200,86%,430,88,90\n").getBytes(StandardCharsets.UTF_8);
        var withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        withBom.write(text);

        upload("九月.csv", withBom.toByteArray()).andExpect(redirectedUrl("/kpis/import"));

        assertThat(history.history(id("agent3"))).singleElement()
                .satisfies(month -> assertThat(month.month()).isEqualTo(YearMonth.of(2026, 9)));
    }

    @Test
    void aGbkFileWithChineseHeadersIsStored() throws Exception {
        byte[] gbk = ("工号,月份,接听量,一次解决率,平均处理时长（秒）,质检得分,满意度\n"
                + "E2001,2026-10,1400,87.2%,420,90,92%\n").getBytes(Charset.forName("GBK"));

        upload("呼叫中心导出.csv", gbk).andExpect(redirectedUrl("/kpis/import"));

        assertThat(history.history(id("agent4"))).singleElement()
                .satisfies(month -> assertThat(month.firstContactResolution()).isEqualByComparingTo("87.2"));
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedNamingTheEncodingsAccepted() throws Exception {
        var bytes = new ByteArrayOutputStream();
        bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] { 'E', '1', '0', '0', '1', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n' });

        upload("export.csv", bytes.toByteArray())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported from “export.csv”")))
                .andExpect(content().string(containsString("neither UTF-8 nor GBK (GB18030)")));

        assertThat(storedRows()).isZero();
    }

    @Test
    void everyBadValueIsNamedByLineAndColumnAndNothingIsStored() throws Exception {
        upload("october.csv", (HEADER
                + "E1001,2026-10,1500,88,400,90,93\n"
                + "E9999,2026-10,1500,88,400,90,93\n"
                + "E1002,2026-13,1500,88,400,90,93\n"
                + "E1003,2026-11,1500,88,400,90,93\n"
                + "E2001,2026-10,-5,100.5,0,90,93\n"
                + "E2002,2026-10,1500,88,3601,abc,\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported from “october.csv”")))
                .andExpect(content().string(containsString("9 problems")))
                .andExpect(content().string(containsString("Line 3, column employee_number / 工号:")))
                .andExpect(content().string(containsString("no one in Agent Academy has the employee number “E9999”")))
                .andExpect(content().string(containsString("Line 4, column month / 月份:")))
                .andExpect(content().string(containsString("“2026-13” is not a month written YYYY-MM")))
                .andExpect(content().string(containsString("Line 5, column month / 月份:")))
                .andExpect(content().string(containsString("2026-11 has not ended yet; the latest month that can be recorded is 2026-10")))
                .andExpect(content().string(containsString("Line 6, column calls_handled / 接听量:")))
                .andExpect(content().string(containsString("“-5” is not a whole number of calls from 1 to 20,000")))
                .andExpect(content().string(containsString("Line 6, column first_contact_resolution / 一次解决率:")))
                .andExpect(content().string(containsString("“100.5” is not a number from 0 to 100")))
                .andExpect(content().string(containsString("Line 6, column avg_handle_time_seconds / 平均处理时长(秒):")))
                .andExpect(content().string(containsString("“0” is not an average handle time in seconds from 1 to 3,600")))
                .andExpect(content().string(containsString("“3601” is not an average handle time")))
                .andExpect(content().string(containsString("Line 7, column qa_score / 质检得分:")))
                .andExpect(content().string(containsString("Line 7, column csat / 满意度:")))
                .andExpect(content().string(containsString("a value is needed")));

        assertThat(storedRows()).isZero();
        assertThat(events.stream(KpisRecorded.class)).isEmpty();
    }

    @Test
    void theSameEmployeeAndMonthTwiceNamesBothLines() throws Exception {
        upload("twice.csv", (HEADER
                + "E1001,2026-10,1500,88,400,90,93\n"
                + "E1002,2026-10,1500,88,400,90,93\n"
                + "e1001,2026-10,1400,86,410,91,92\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("Line 4:")))
                .andExpect(content().string(containsString("employee E1001 and month 2026-10 are already on line 2")));

        assertThat(storedRows()).isZero();
    }

    @Test
    void filesThatAreNotCsvOrHaveTheWrongColumnsAreRefusedWhole() throws Exception {
        upload("quotes.csv", (HEADER + "E1001,2026-10,1500,88,400,90,93\n\"E1002,2026-10,1500,88,400,90,93\n")
                .getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("from line 3 on, the file is not valid CSV")));
        upload("missing.csv", "employee_number,month,calls_handled\nE1001,2026-10,1500\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("the column “first_contact_resolution” is missing")))
                .andExpect(content().string(containsString("employee_number (工号), month (月份)")));
        upload("extra.csv", (HEADER.strip() + ",remarks\nE1001,2026-10,1500,88,400,90,93,ok\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("the column “remarks” is not one this import reads")));
        upload("empty.csv", new byte[0])
                .andExpect(content().string(containsString("Nothing was imported from “empty.csv”")))
                .andExpect(content().string(containsString("the file is empty")));
        upload("header-only.csv", HEADER.getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("the file has a header but no rows")));

        assertThat(storedRows()).isZero();
    }

    @Test
    void filesOverTheRowOrSizeLimitAreRefused() throws Exception {
        var rows = new StringBuilder(HEADER);
        for (int i = 0; i <= KpiImport.MAX_ROWS; i++) {
            rows.append("E1001,2026-10,1500,88,400,90,93\n");
        }
        upload("huge.csv", rows.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("the file has more than 50,000 rows")));
        upload("large.csv", new byte[KpiImport.MAX_BYTES + 1])
                .andExpect(content().string(containsString("the file is larger than 4 MB")));

        assertThat(storedRows()).isZero();
    }

    @Test
    void aFileWithOneBadRowLeavesWhatWasStoredUntouched() throws Exception {
        upload("october.csv", (HEADER + "E1001,2026-10,1500,88,400,90,93\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(redirectedUrl("/kpis/import"));
        List<KpiMonth> before = history.history(id("agent"));

        upload("october-corrected.csv", (HEADER
                + "E1001,2026-10,1600,91,380,95,96\n"
                + "E1002,2026-10,1500,88,400,90,93\n"
                + "E1003,2026-10,1500,88,400,190,93\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("Line 4, column qa_score")));

        assertThat(history.history(id("agent"))).isEqualTo(before);
        assertThat(history.history(id("agent2"))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kpi_upload").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void uploadingAMonthAgainReplacesThatMonthWholeAndLeavesOtherMonthsAlone() throws Exception {
        upload("sep-oct.csv", (HEADER
                + "E1001,2026-09,1450,87,405,91,93\n"
                + "E1001,2026-10,1500,88,400,90,93\n"
                + "E1002,2026-10,1300,80,470,85,88\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(redirectedUrl("/kpis/import"));
        events.clear();

        upload("oct-again.csv", (HEADER + "E1003,2026-10,1200,85,440,88,90\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(redirectedUrl("/kpis/import"));

        assertThat(history.history(id("agent"))).extracting(month -> month.month().toString()).containsExactly("2026-09");
        assertThat(history.history(id("agent2"))).isEmpty();
        assertThat(history.history(id("agent3"))).extracting(month -> month.month().toString()).containsExactly("2026-10");
        assertThat(events.stream(KpisRecorded.class)).singleElement().satisfies(event -> assertThat(event.personIds())
                .containsExactlyInAnyOrder(id("agent"), id("agent2"), id("agent3")));
    }

    @Test
    void everyUploadAcceptedOrRefusedLeavesOneAuditEntry() throws Exception {
        upload("good.csv", (HEADER + "E1001,2026-09,1450,87,405,91,93\nE1001,2026-10,1500,88,400,90,93\n")
                .getBytes(StandardCharsets.UTF_8));
        upload("bad.csv", (HEADER + "E1001,2026-10,1500,88,400,90,930\n").getBytes(StandardCharsets.UTF_8));
        upload("empty.csv", new byte[0]);

        List<Map<String, Object>> entries = jdbc.sql("SELECT kind, subject, details, actor_id FROM audit_event ORDER BY id")
                .query().listOfRows();
        assertThat(entries).extracting(entry -> entry.get("kind"))
                .containsExactly("KPI_IMPORT", "KPI_IMPORT_REFUSED", "KPI_IMPORT_REFUSED");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.get("actor_id")).isEqualTo(id("hr")));
        assertThat(entries.get(0).get("details")).asString()
                .contains("file=good.csv", "months=2026-09, 2026-10", "rows=2");
        assertThat(entries.get(1).get("details")).asString()
                .contains("file=bad.csv", "months=2026-10", "rows=1", "problems=1");
        assertThat(entries.get(2).get("details")).asString().contains("file=empty.csv", "csv.empty");
    }

    @Test
    void onlyHrAndAdministratorsImport() throws Exception {
        for (String username : List.of("agent", "supervisor", "trainer")) {
            mvc.perform(get("/kpis/import").with(user(accounts.loadUserByUsername(username))))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/kpis/import").file(file("x.csv", HEADER.getBytes(StandardCharsets.UTF_8))).with(csrf())
                    .with(user(accounts.loadUserByUsername(username))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/kpis/import").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("import-problems"))));
        assertThat(storedRows()).isZero();
    }

    private ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/kpis/import").file(file(name, bytes)).with(csrf())
                .with(user(accounts.loadUserByUsername("hr"))));
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "text/csv", bytes);
    }

    private long storedRows() {
        return jdbc.sql("SELECT COUNT(*) FROM kpi_month").query(Long.class).single();
    }

    private long id(String username) {
        return people.byUsername(username).orElseThrow().id();
    }
}

package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Hostile CSV files at every CSV upload: new hires, a new cohort with its members, members added
 * to a cohort, and the monthly KPIs. Each is refused whole with a message that says why (and
 * where, when it is a line), and the people, teams, roles, cohorts and KPIs are exactly as they
 * were. A formula that is stored as a name comes out of every download as text.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-csv;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class HostileCsvUploadTests {

    private static final String NEW_HIRES = "name,employee_number,email,team,roles\n";
    private static final String KPIS = "employee_number,month,calls_handled,first_contact_resolution,"
            + "avg_handle_time_seconds,qa_score,csat\n";

    /** Where a CSV file is uploaded. */
    enum Upload {
        NEW_HIRES("/people/import", HostileCsvUploadTests.NEW_HIRES),
        NEW_COHORT("/cohorts", HostileCsvUploadTests.NEW_HIRES),
        COHORT_MEMBERS("/cohorts/{cohort}/members", HostileCsvUploadTests.NEW_HIRES),
        KPIS("/kpis/import", HostileCsvUploadTests.KPIS);

        final String path;
        final String header;

        Upload(String path, String header) {
            this.path = path;
            this.header = header;
        }
    }

    /** A hostile file for an upload and the words the page must show. */
    record Hostile(Upload upload, String name, byte[] bytes, String shown) {

        @Override
        public String toString() {
            return name + " at " + upload;
        }
    }

    static List<Hostile> hostileFiles() throws IOException {
        List<Hostile> all = new ArrayList<>();
        for (Upload upload : Upload.values()) {
            String header = upload.header;
            String good = upload == Upload.KPIS ? "E1001,2026-09,1500,90,400,90,90\n"
                    : "New Person,N9001,new.person@example.com,,AGENT\n";
            all.add(new Hostile(upload, "a zip archive", zip(header + good), "not CSV text but a binary file"));
            all.add(new Hostile(upload, "an Excel workbook", workbook(), "not CSV text but a binary file"));
            all.add(new Hostile(upload, "a NUL byte", (header + good + "x\u0000y,1\n").getBytes(StandardCharsets.UTF_8),
                    "not CSV text but a binary file"));
            all.add(new Hostile(upload, "an unquoted comma", (header + good + good.replace("New Person", "Person, New")
                    .replace("E1001", "E1002,x")).getBytes(StandardCharsets.UTF_8), "line 3 has more values"));
            all.add(new Hostile(upload, "an unclosed quote", (header + good + "\"" + good).getBytes(StandardCharsets.UTF_8),
                    "from line 3 on, the file is not valid CSV"));
            all.add(new Hostile(upload, "a hundred thousand rows", (header + good.repeat(100_000))
                    .getBytes(StandardCharsets.UTF_8), "more than"));
            all.add(new Hostile(upload, "a header only", header.getBytes(StandardCharsets.UTF_8), "a header but no rows"));
            all.add(new Hostile(upload, "an empty file", new byte[0], "the file is empty"));
            all.add(new Hostile(upload, "bytes that are neither UTF-8 nor GBK", (header + "\u0080").getBytes(
                    StandardCharsets.ISO_8859_1), "neither UTF-8 nor GBK"));
        }
        all.add(new Hostile(Upload.NEW_HIRES, "a formula in an e-mail address after a good row in GBK",
                (NEW_HIRES + "王新,N9002,wang.xin@example.com,,AGENT\n"
                        + "=cmd|' /C calc'!A0,N9003,=1+1,,AGENT\n").getBytes(Charset.forName("GBK")), "Row 3"));
        all.add(new Hostile(Upload.KPIS, "a formula instead of a figure", (KPIS + "E1001,2026-09,=1+1,90,400,90,90\n")
                .getBytes(StandardCharsets.UTF_8), "line 2"));
        return all;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedWholeWithItsReasonAndNothingChanges(Hostile hostile) throws Exception {
        Map<String, List<Map<String, Object>>> before = snapshot();

        String page = mvc.perform(request(hostile.upload(), hostile.name() + ".csv", hostile.bytes()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(page).select(".alert-danger").text()).containsIgnoringCase(hostile.shown());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFormulaStoredAsANameIsTextInEveryDownload() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        mvc.perform(request(Upload.NEW_HIRES, "formula.csv", (NEW_HIRES + "\"" + formula.replace("\"", "\"\"")
                + "\",N9100,formula@example.com,,AGENT\n").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT display_name FROM person WHERE employee_number = 'N9100'").query(String.class).single())
                .as("stored as typed").isEqualTo(formula);

        String csv = mvc.perform(get("/certifications/matrix.csv").cookie(english()).with(as("hr")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        byte[] xlsx = mvc.perform(get("/certifications/matrix.xlsx").cookie(english()).with(as("hr")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).contains("\"'" + formula.replace("\"", "\"\"") + "\"").doesNotContain("\n\"=").doesNotContain(",\"=");
        List<String> names = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cell -> names.add(cell.toString()));
            }
        }
        assertThat(names).contains("'" + formula).noneMatch(text -> text.startsWith("="));
    }

    private MockMultipartHttpServletRequestBuilder request(Upload upload, String fileName, byte[] bytes) {
        long cohort = jdbc.sql("SELECT MIN(id) FROM cohort").query(Long.class).single();
        var builder = multipart(upload.path.replace("{cohort}", Long.toString(cohort)));
        builder.file(new MockMultipartFile("file", fileName, "text/csv", bytes));
        if (upload == Upload.NEW_COHORT) {
            builder.param("name", "Hostile cohort")
                    .param("program", jdbc.sql("SELECT MIN(slug) FROM program").query(String.class).single())
                    .param("startDate", "2026-12-01")
                    .param("trainerId", jdbc.sql("SELECT id FROM person WHERE username = 'trainer'").query(String.class).single());
        }
        builder.cookie(english()).with(csrf()).with(as("hr"));
        return builder;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static Cookie english() {
        return new Cookie("academy-lang", "en");
    }

    /** Everything an import could add or change. */
    private Map<String, List<Map<String, Object>>> snapshot() {
        return Map.of(
                "person", rows("SELECT id, username, display_name, email, active FROM person ORDER BY id"),
                "person_role", rows("SELECT * FROM person_role ORDER BY person_id, role"),
                "team", rows("SELECT * FROM team ORDER BY id"),
                "cohort", rows("SELECT id, name FROM cohort ORDER BY id"),
                "cohort_member", rows("SELECT * FROM cohort_member ORDER BY cohort_id, person_id"),
                "kpi_month", rows("SELECT * FROM kpi_month ORDER BY person_id, period"),
                "kpi_upload", rows("SELECT id FROM kpi_upload ORDER BY id"));
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql).query().listOfRows();
    }

    private static byte[] zip(String csv) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("people.csv"));
            zip.write(csv.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] workbook() throws IOException {
        var bytes = new ByteArrayOutputStream();
        SpreadsheetExport.xlsx("Sheet", List.of("name", "team"), List.of(List.of("A", "B")), bytes);
        return bytes.toByteArray();
    }
}

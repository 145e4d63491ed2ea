package com.agentacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.agentacademy.support.SiteClient;

/** The dashboard's download of a cohort's progress, on the demo cohort (the scanner found it failing). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CohortProgressDownloadTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCohortsProgressDownloadsWithItsWeekColumnNamed() throws Exception {
        long cohort = jdbc.sql("SELECT MIN(id) FROM cohort").query(Long.class).single();
        var hr = new SiteClient(port);
        hr.signIn("hr", "demo-academy-2026");

        for (String format : new String[] { "csv", "xlsx" }) {
            var download = hr.get("/reports/dashboard/cohorts/" + cohort + "/progress." + format);
            assertThat(download.statusCode()).as(format).isEqualTo(200);
        }
        assertThat(hr.get("/reports/dashboard/cohorts/" + cohort + "/progress.csv").body().lines().findFirst().orElseThrow())
                .contains("Week");
    }
}

package com.agentacademy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.support.MutableClock;

/**
 * Who sees and records whose KPIs: everyone their own; supervisors their own team's, not another
 * team's, and never their own figures; HR everyone. A correction is audited with the old and the
 * new figures. The demo's six months are what the pages start with.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:kpi-access;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@RecordApplicationEvents
class KpiAccessTests {

    static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");

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
    DemoKpis demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void demoFigures() {
        jdbc.sql("DELETE FROM kpi_month").update();
        jdbc.sql("TRUNCATE TABLE audit_event").update(); // the application itself cannot DELETE (append-only trigger)
        demo.run(null);
        events.clear();
    }

    @Test
    void theDemoHasSixCompleteMonthsWithLiuYangAboveAndZhaoLeiBelowOnResolution() {
        List<KpiMonth> liu = history.recent(id("agent"), YearMonth.of(2026, 11), 12);
        assertThat(liu).extracting(month -> month.month().toString())
                .containsExactly("2026-10", "2026-09", "2026-08", "2026-07", "2026-06", "2026-05");
        assertThat(liu).allSatisfy(month -> {
            assertThat(month.firstContactResolution()).isGreaterThanOrEqualTo(new BigDecimal("88"));
            assertThat(month.handleTimeSeconds()).isBetween(360, 420);
            assertThat(month.qaScore()).isGreaterThanOrEqualTo(new BigDecimal("90"));
            assertThat(month.csat()).isGreaterThanOrEqualTo(new BigDecimal("92"));
        });
        assertThat(history.history(id("agent2"))).hasSize(6)
                .allSatisfy(month -> assertThat(month.firstContactResolution()).isBetween(new BigDecimal("78"), new BigDecimal("82")));
        assertThat(history.history(id("supervisor"))).isEmpty();
    }

    @Test
    void anAgentSeesTheirOwnKpisAndNobodyElses() throws Exception {
        mvc.perform(get("/kpis").with(as("agent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kpi-quality\"")))
                .andExpect(content().string(containsString("2026-10")))
                .andExpect(content().string(not(containsString("id=\"kpi-form\""))));
        long other = id("agent2");
        mvc.perform(get("/kpis/people/" + other).with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/kpis/people/" + other + "/history.csv").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(post("/kpis/people/" + other).with(csrf()).with(as("agent")).params(form("2026-10", "1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kpis/people/" + id("agent")).with(as("agent")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"kpi-form\""))));
        mvc.perform(get("/kpis/people/999999").with(as("hr"))).andExpect(status().isNotFound());
        mvc.perform(get("/kpis/team").with(as("agent"))).andExpect(status().isForbidden());
    }

    @Test
    void anAgentDownloadsTheirOwnHistoryAndTheDownloadIsAudited() throws Exception {
        var csv = mvc.perform(get("/kpis/history.csv").with(as("agent")))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Month,Calls handled,First-contact resolution (%)").contains("2026-05,").contains("2026-10,");
        assertThat(text.lines().count()).isEqualTo(7);
        assertThat(jdbc.sql("SELECT subject FROM audit_event WHERE kind = 'EXPORT'").query(String.class).list())
                .containsExactly("kpis:person:" + id("agent"));
    }

    @Test
    void aSupervisorOfAnotherTeamCanNeitherSeeNorEnterTheirFigures() throws Exception {
        long liu = id("agent");
        List<KpiMonth> before = history.history(liu);

        mvc.perform(get("/kpis/people/" + liu).with(as("supervisor2"))).andExpect(status().isForbidden());
        mvc.perform(get("/kpis/people/" + liu + "/history.xlsx").with(as("supervisor2"))).andExpect(status().isForbidden());
        mvc.perform(post("/kpis/people/" + liu).with(csrf()).with(as("supervisor2")).params(form("2026-10", "1000")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kpis/team").with(as("supervisor2")))
                .andExpect(content().string(containsString("Zhou Ting")))
                .andExpect(content().string(not(containsString("Liu Yang"))));

        assertThat(history.history(liu)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'KPI_ENTERED'").query(Long.class).single()).isZero();
    }

    @Test
    void aSupervisorCorrectsATeamMembersMonthAndTheAuditKeepsOldAndNew() throws Exception {
        long liu = id("agent");
        KpiMonth old = history.recent(liu, YearMonth.of(2026, 11), 1).get(0);
        mvc.perform(get("/kpis/team").with(as("supervisor")))
                .andExpect(content().string(containsString("Liu Yang")))
                .andExpect(content().string(not(containsString("Zhou Ting"))));
        mvc.perform(get("/kpis/people/" + liu).param("month", "2026-10").with(as("supervisor")))
                .andExpect(content().string(containsString("id=\"kpi-form\"")))
                .andExpect(content().string(containsString("value=\"" + old.callsHandled() + "\"")));

        mvc.perform(post("/kpis/people/" + liu).with(csrf()).with(as("supervisor")).params(form("2026-10", "1234")))
                .andExpect(redirectedUrl("/kpis/people/" + liu + "#main"))
                .andExpect(flash().attribute("success", "kpi.entry.saved"));

        KpiMonth corrected = history.recent(liu, YearMonth.of(2026, 11), 1).get(0);
        assertThat(corrected.callsHandled()).isEqualTo(1234);
        assertThat(corrected.firstContactResolution()).isEqualByComparingTo("88.25");
        Map<String, Object> entry = jdbc.sql("SELECT actor_id, subject, details FROM audit_event WHERE kind = 'KPI_ENTERED'")
                .query().singleRow();
        assertThat(entry.get("actor_id")).isEqualTo(id("supervisor"));
        assertThat(entry.get("subject")).isEqualTo("person:" + liu);
        assertThat(entry.get("details")).asString()
                .contains("month=2026-10")
                .contains("old=calls=" + old.callsHandled() + " fcr=" + old.firstContactResolution().toPlainString())
                .contains("(IMPORT)")
                .contains("new=calls=1234 fcr=88.25 aht=400s qa=91.50 csat=93.00");
        assertThat(events.stream(KpisRecorded.class)).singleElement()
                .satisfies(event -> assertThat(event.personIds()).containsExactly(liu));
        mvc.perform(get("/kpis/people/" + liu).with(as("supervisor")))
                .andExpect(content().string(containsString("Entered by hand")))
                .andExpect(content().string(containsString("(Zhang Wei 张伟, 2026-11-24)")));
    }

    @Test
    void aSupervisorEntersANewMonthButNeverTheirOwnFigures() throws Exception {
        long sun = id("agent3");
        mvc.perform(post("/kpis/people/" + sun).with(csrf()).with(as("supervisor")).params(form("2026-04", "900")))
                .andExpect(redirectedUrl("/kpis/people/" + sun + "#main"));
        assertThat(history.history(sun)).extracting(month -> month.month().toString()).first().isEqualTo("2026-04");

        long self = id("supervisor");
        mvc.perform(post("/kpis/people/" + self).with(csrf()).with(as("supervisor")).params(form("2026-10", "900")))
                .andExpect(status().isForbidden());
        assertThat(history.history(self)).isEmpty();
    }

    @Test
    void formProblemsNameTheFieldAndStoreNothing() throws Exception {
        long liu = id("agent");
        List<KpiMonth> before = history.history(liu);

        mvc.perform(post("/kpis/people/" + liu).with(csrf()).with(as("supervisor"))
                        .param("month", "2026-11").param("callsHandled", "many").param("firstContactResolution", "101%")
                        .param("handleTimeSeconds", "").param("qaScore", "91.5").param("csat", "93"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The month was not saved")))
                .andExpect(content().string(containsString("href=\"#month\">Month (YYYY-MM)</a>")))
                .andExpect(content().string(containsString("2026-11 has not ended yet")))
                .andExpect(content().string(containsString("href=\"#callsHandled\">Calls handled</a>")))
                .andExpect(content().string(containsString("“many” is not a whole number of calls")))
                .andExpect(content().string(containsString("href=\"#firstContactResolution\">First-contact resolution (%)</a>")))
                .andExpect(content().string(containsString("“101%” is not a number from 0 to 100")))
                .andExpect(content().string(containsString("href=\"#handleTimeSeconds\">Average handle time (seconds)</a>")))
                .andExpect(content().string(containsString("id=\"handleTimeSeconds-error\"")))
                .andExpect(content().string(containsString("value=\"many\"")));

        assertThat(history.history(liu)).isEqualTo(before);
    }

    @Test
    void hrSeesAndCorrectsEveryoneAndFiltersTheTeamList() throws Exception {
        long zhou = id("agent4");
        mvc.perform(get("/kpis/people/" + zhou).with(as("hr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kpi-form\"")));
        mvc.perform(post("/kpis/people/" + zhou).with(csrf()).with(as("hr")).params(form("2026-10", "1111")))
                .andExpect(redirectedUrl("/kpis/people/" + zhou + "#main"));
        assertThat(history.recent(zhou, YearMonth.of(2026, 11), 1).get(0).callsHandled()).isEqualTo(1111);

        mvc.perform(get("/kpis/team").with(as("hr")))
                .andExpect(content().string(containsString("Liu Yang")))
                .andExpect(content().string(containsString("Zhou Ting")));
        long teamB = people.byUsername("agent4").orElseThrow().teamId();
        mvc.perform(get("/kpis/team").param("team", Long.toString(teamB)).with(as("hr")))
                .andExpect(content().string(containsString("Zhou Ting")))
                .andExpect(content().string(not(containsString("Liu Yang"))));
    }

    private static org.springframework.util.MultiValueMap<String, String> form(String month, String calls) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("month", month);
        form.add("callsHandled", calls);
        form.add("firstContactResolution", "88.25%");
        form.add("handleTimeSeconds", "400");
        form.add("qaScore", "91.5");
        form.add("csat", "93");
        return form;
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long id(String username) {
        return people.byUsername(username).orElseThrow().id();
    }
}

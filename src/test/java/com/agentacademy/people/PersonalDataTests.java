package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Phone and ID numbers as people meet them: HR's form and the new-hire CSV check them and name the
 * field or row at fault; the person sees their own (the ID masked but for its last four
 * characters), HR and administrators see and edit them in full, and nobody else sees them — not
 * even the person's supervisor.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:personal-data;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class PersonalDataTests {

    static final String PHONE = "13912345678";
    static final String NATIONAL_ID = "440308199001011239";

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonRepository persons;

    @Autowired
    UserDetailsService people;

    long agent;

    @BeforeEach
    void agentHasNumbers() {
        Person person = persons.findByUsername("agent").orElseThrow();
        person.recordPersonalData(PHONE, NATIONAL_ID);
        persons.save(person);
        agent = person.getId();
    }

    @Test
    void theFormNamesTheFieldOfABadPhoneOrIdNumberAndKeepsWhatWasTyped() throws Exception {
        Document page = page(post("/people").with(csrf()).with(as("hr")).param("username", "bad.numbers")
                .param("employeeNumber", "BN001").param("displayName", "Bad Numbers").param("email", "bn@example.test")
                .param("phone", "2381234567").param("nationalId", "440308199001011238").param("roles", "AGENT"));

        assertThat(page.selectFirst("#phone-error").text()).startsWith("Phone number: give a mobile number of 11 digits");
        assertThat(page.selectFirst("#nationalId-error").text()).contains("check digit");
        assertThat(page.selectFirst("#displayName").val()).isEqualTo("Bad Numbers");
        assertThat(persons.findByUsername("bad.numbers")).isEmpty();
    }

    @Test
    void mobileAndInternationalNumbersAndAnIdWithXAreAccepted() {
        assertThat(PersonalData.isPhone(PersonalData.phone("138 1234-5678"))).isTrue();
        assertThat(PersonalData.isPhone(PersonalData.phone("+44 20 7946 0958"))).isTrue();
        assertThat(PersonalData.isPhone(PersonalData.phone("23812345678"))).isFalse();
        assertThat(PersonalData.isPhone(PersonalData.phone("1381234567"))).isFalse();
        assertThat(PersonalData.isPhone(PersonalData.phone("+0123456789"))).isFalse();
        assertThat(PersonalData.isNationalId(PersonalData.nationalId("11010519491231002x"))).isTrue();
        assertThat(PersonalData.isNationalId("11010519491231002Y")).isFalse();
        assertThat(PersonalData.isNationalId("110105194912310")).isFalse();
        assertThat(PersonalData.masked("11010519491231002X")).isEqualTo("**************002X");
    }

    @Test
    void theNewHireFileNamesTheRowOfABadNumberWithoutRepeatingIt() throws Exception {
        String csv = "name,employee_number,email,team,roles,phone,national_id\n"
                + "Good Hire,NH001,good@example.test,,AGENT,+86 139 1234 5678,11010519491231002X\n"
                + "Bad Phone,NH002,badp@example.test,,AGENT,12345,\n"
                + "Bad Id,NH003,badid@example.test,,AGENT,,110105194912310021\n";

        Document page = page(multipart("/people/import").file(new MockMultipartFile("file", "hires.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as("hr")));

        assertThat(page.select("#import-errors li").eachText()).containsExactly(
                "Row 3: phone: not a mobile number of 11 digits starting with 1, nor an international number starting with +.",
                "Row 4: national_id: not an 18-character ID number with the right check digit.");
        assertThat(page.text()).doesNotContain("110105194912310021").doesNotContain("12345,");
        assertThat(persons.findByUsername("nh001")).isEmpty();
    }

    @Test
    void aNewHireFileWithoutTheOptionalColumnsStillImportsAndOneWithThemStoresThem() throws Exception {
        String csv = "name,employee_number,email,team,roles,phone,national_id\n"
                + "With Numbers,NH101,wn@example.test,,AGENT,+86 139 1234 5678,11010519491231002x\n";
        mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "hires.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as("hr"))).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "plain.csv", "text/csv",
                "name,employee_number,email,team,roles\nPlain,NH102,plain@example.test,,AGENT\n"
                        .getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as("hr"))).andExpect(status().is3xxRedirection());

        Person with = persons.findByUsername("nh101").orElseThrow();
        assertThat(with.getPhone()).isEqualTo("+8613912345678");
        assertThat(with.getNationalId()).isEqualTo("11010519491231002X");
        assertThat(persons.findByUsername("nh102").orElseThrow().getPhone()).isNull();
    }

    @Test
    void thePersonSeesTheirPhoneAndTheirIdMasked() throws Exception {
        Document account = page(get("/account").with(as("agent")));

        assertThat(account.selectFirst("#own-phone").text()).isEqualTo(PHONE);
        assertThat(account.selectFirst("#own-national-id").text()).isEqualTo("**************1239");
        assertThat(account.html()).doesNotContain(NATIONAL_ID);
    }

    @Test
    void hrAndAdministratorsSeeAndEditTheNumbersInFull() throws Exception {
        for (String reader : new String[] { "hr", "admin" }) {
            Document form = page(get("/people/" + agent).with(as(reader)));
            assertThat(form.selectFirst("#phone").val()).isEqualTo(PHONE);
            assertThat(form.selectFirst("#nationalId").val()).isEqualTo(NATIONAL_ID);
        }
    }

    @Test
    void theSupervisorAndOthersSeeNeitherNumber() throws Exception {
        mvc.perform(get("/people/" + agent).with(as("supervisor"))).andExpect(status().isForbidden());
        for (String path : new String[] { "/kpis/team", "/kpis/people/" + agent, "/career/eligibility",
                "/career/people/" + agent, "/" }) {
            var response = mvc.perform(get(path).with(as("supervisor"))).andReturn().getResponse();
            assertThat(response.getStatus()).as("%s is the supervisor's to see", path).isEqualTo(200);
            String body = response.getContentAsString();
            assertThat(body).as(path).doesNotContain(PHONE).doesNotContain(NATIONAL_ID).doesNotContain("1239");
        }
        for (String path : new String[] { "/kpis/people/" + agent, "/career/people/" + agent }) {
            assertThat(page(get(path).with(as("supervisor"))).text()).as("%s shows the agent", path).contains("Liu Yang");
        }
        var account = mvc.perform(get("/account").with(as("agent2"))).andReturn().getResponse();
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(account.getContentAsString()).doesNotContain(PHONE).doesNotContain("1239");
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }
}

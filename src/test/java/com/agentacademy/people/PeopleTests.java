package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleTests {

    static final String DEMO_PASSWORD = "demo-academy-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonRepository persons;

    @Autowired
    TeamRepository teams;

    @Autowired
    PersonAccounts accounts;

    @Test
    @WithUserDetails("agent")
    void agentsMayNotManagePeople() throws Exception {
        mvc.perform(get("/people")).andExpect(status().isForbidden());
        mvc.perform(get("/people/import")).andExpect(status().isForbidden());
        mvc.perform(post("/people/1/deactivate").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("hr")
    void hrSearchesPeopleByNameOrEmployeeNumber() throws Exception {
        mvc.perform(get("/people").param("q", "刘洋"))
                .andExpect(content().string(containsString("Liu Yang 刘洋")))
                .andExpect(content().string(not(containsString("Zhao Lei"))));
        mvc.perform(get("/people").param("q", "e200"))
                .andExpect(content().string(containsString("Zhou Ting")))
                .andExpect(content().string(containsString("Wu Hao")))
                .andExpect(content().string(not(containsString("Liu Yang"))));
        mvc.perform(get("/people").param("q", "%")).andExpect(content().string(containsString("No one")));
    }

    @Test
    @WithUserDetails("hr")
    void listsShowTeamNamesAndTeamSizes() throws Exception {
        mvc.perform(get("/people").param("q", "E1001"))
                .andExpect(content().string(containsString("<td>Team A · 一组</td>")));
        long teamA = teams.findByNameIgnoreCase("Team A · 一组").orElseThrow().getId();
        long activeInTeamA = persons.findAll().stream()
                .filter(person -> person.isActive() && Long.valueOf(teamA).equals(person.getTeamId())).count();
        mvc.perform(get("/teams"))
                .andExpect(content().string(containsString("id=\"team-" + teamA + "\"")))
                .andExpect(content().string(containsString("<td>" + activeInTeamA + "</td>")));
    }

    @Test
    void aNewPersonSignsInWithTheTemporaryPasswordAndMustChooseTheirOwn() throws Exception {
        var handover = (TemporaryPasswordShown) mvc.perform(post("/people").with(csrf()).with(user("hr"))
                        .param("username", "new.agent").param("employeeNumber", "N7001")
                        .param("displayName", "Gao Lin 高琳").param("email", "gao.lin@example.test")
                        .param("roles", "AGENT"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("handover");
        String temporary = handover.getPassword();

        Cookie[] session = signIn("new.agent", temporary);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

        String chinese = "我们的客服学院每天都在进步".repeat(5).substring(0, 64);
        mvc.perform(post("/account/password").with(csrf()).cookie(session)
                        .param("currentPassword", "wrong-current-password")
                        .param("newPassword", chinese).param("confirmPassword", chinese))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The current password is wrong.")));
        mvc.perform(post("/account/password").with(csrf()).cookie(session)
                        .param("currentPassword", temporary)
                        .param("newPassword", chinese).param("confirmPassword", chinese))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        signIn("new.agent", chinese);
    }

    @Test
    @WithUserDetails("hr")
    void hrCannotMakeAnAdministrator() throws Exception {
        mvc.perform(post("/people").with(csrf())
                        .param("username", "sneaky").param("employeeNumber", "N7002")
                        .param("displayName", "Sneaky").param("email", "sneaky@example.test")
                        .param("roles", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only an administrator can give or take the administrator role.")));
        assertThat(persons.findByUsername("sneaky")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void theLastAdministratorCannotBeDeactivated() throws Exception {
        long adminId = persons.findByUsername("admin").orElseThrow().getId();
        long otherId = persons.findByUsername("hr").orElseThrow().getId();

        mvc.perform(post("/people/{id}/deactivate", adminId).with(csrf()))
                .andExpect(flash().attribute("failure", "people.refused.self"));
        mvc.perform(post("/people/{id}", otherId).with(csrf())
                        .param("username", "hr").param("employeeNumber", "H0001").param("displayName", "Wang Fang 王芳")
                        .param("email", "hr@demo.agent-academy.test").param("roles", "HR"))
                .andExpect(redirectedUrl("/people/" + otherId));
        assertThat(persons.findById(adminId).orElseThrow().isActive()).isTrue();
    }

    @Test
    void deactivatingSomeoneEndsTheirSessionsAndStopsTheirSignIn() throws Exception {
        Cookie[] session = signIn("agent5", DEMO_PASSWORD);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        long id = persons.findByUsername("agent5").orElseThrow().getId();

        mvc.perform(post("/people/{id}/deactivate", id).with(csrf()).with(user("admin")))
                .andExpect(flash().attribute("success", "people.deactivated"));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user("agent5").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/people/{id}/activate", id).with(csrf()).with(user("admin")));
        signIn("agent5", DEMO_PASSWORD);
    }

    @Test
    @WithUserDetails("hr")
    void anImportWithOneBadRowImportsNobodyAndNamesEveryProblemByRow() throws Exception {
        String csv = """
                name,employee_number,email,team,roles
                Ma Li 马丽,N8001,ma.li@example.test,Team A · 一组,AGENT
                Bad Email,N8002,not-an-email,Team A · 一组,AGENT
                Unknown Team,N8003,u@example.test,Team Z,AGENT
                Duplicate,N8001,d@example.test,,AGENT
                Wrong Role,N8004,w@example.test,,JANITOR
                """;
        long before = persons.count();

        mvc.perform(multipart("/people/import").file(csvFile(csv.getBytes(StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 problems to fix")))
                .andExpect(content().string(containsString("Row 3:")))
                .andExpect(content().string(containsString("not-an-email")))
                .andExpect(content().string(containsString("Row 4:")))
                .andExpect(content().string(containsString("Team Z")))
                .andExpect(content().string(containsString("Row 5:")))
                .andExpect(content().string(containsString("Row 6:")))
                .andExpect(content().string(containsString("JANITOR")));

        assertThat(persons.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("hr")
    void aValidGbkImportCreatesEveryoneWithATemporaryPassword() throws Exception {
        String csv = "name,employee_number,email,team,roles\n"
                + "马丽,N9001,ma.li9@example.test,Team B · 二组,AGENT\n"
                + "何静,N9002,he.jing@example.test,,AGENT;QA\n";

        var result = mvc.perform(multipart("/people/import").file(csvFile(csv.getBytes(Charset.forName("GBK"))))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people/import"))
                .andReturn();

        List<?> created = (List<?>) result.getFlashMap().get("created");
        assertThat(created).hasSize(2);
        Person ma = persons.findByUsername("n9001").orElseThrow();
        assertThat(ma.getDisplayName()).isEqualTo("马丽");
        assertThat(teams.findById(ma.getTeamId()).orElseThrow().getName()).isEqualTo("Team B · 二组");
        assertThat(persons.findByUsername("n9002").orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.AGENT, Role.QA);
    }

    @Test
    @WithUserDetails("hr")
    void aFileWithoutTheRightColumnsSaysWhichIsMissing() throws Exception {
        mvc.perform(multipart("/people/import").file(csvFile("name,email\nA,a@example.test\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(content().string(containsString("the column “employee_number” is missing")));
    }

    private Cookie[] signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookies();
    }

    private RequestPostProcessor user(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    private static MockMultipartFile csvFile(byte[] bytes) {
        return new MockMultipartFile("file", "new-hires.csv", "text/csv", bytes);
    }
}

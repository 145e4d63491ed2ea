package com.agentacademy.people;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A production installation (no demo data) starts empty and asks for its first administrator once. */
@SpringBootTest(properties = { "academy.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-admin;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class FirstAdministratorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonRepository persons;

    @Test
    void anEmptyInstallationAsksForTheFirstAdministratorOnceAndHasNoDemoPeople() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/login").param("x", "y")).andExpect(redirectedUrl("/setup"));
        mvc.perform(formLogin().user("admin").password("demo-academy-2026")).andExpect(redirectedUrl("/setup"));

        mvc.perform(post("/setup").with(csrf())
                        .param("displayName", "Ops Admin").param("username", "ops").param("employeeNumber", "OPS1")
                        .param("email", "ops@example.test")
                        .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at least 12 characters.")));

        mvc.perform(post("/setup").with(csrf())
                        .param("displayName", "Ops Admin").param("username", "ops").param("employeeNumber", "OPS1")
                        .param("email", "ops@example.test")
                        .param("newPassword", "a long enough pass phrase").param("confirmPassword", "a long enough pass phrase"))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup").with(csrf())
                        .param("displayName", "Intruder").param("username", "intruder").param("employeeNumber", "X1")
                        .param("email", "x@example.test")
                        .param("newPassword", "another long pass phrase").param("confirmPassword", "another long pass phrase"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Demo mode"))));
        mvc.perform(formLogin().user("ops").password("a long enough pass phrase")).andExpect(redirectedUrl("/"));
        org.assertj.core.api.Assertions.assertThat(persons.count()).isEqualTo(1);
    }
}

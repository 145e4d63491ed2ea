package com.agentacademy.people;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The first administrator of a new installation is held to the same password rules as everyone. */
@SpringBootTest(properties = { "academy.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:setup-password;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class SetupPasswordTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonRepository persons;

    @Test
    void theFirstAdministratorCannotChooseACommonPasswordOrOneWithTheirUserName() throws Exception {
        create("Administrator1").andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"newPassword-error\">This password is on the list of passwords that attackers try first.")));
        create("ops.lead for the academy").andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"newPassword-error\">A password must not be or contain your user name.")));

        org.assertj.core.api.Assertions.assertThat(persons.count()).isZero();
    }

    private ResultActions create(String password) throws Exception {
        return mvc.perform(post("/setup").with(csrf()).header("Accept-Language", "en")
                .param("displayName", "Ops Lead").param("username", "Ops.Lead").param("employeeNumber", "OPS2")
                .param("email", "ops.lead@example.test").param("newPassword", password).param("confirmPassword", password));
    }
}

package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.agentacademy.support.FieldMessages;

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
        assertThat(FieldMessages.at(create("Administrator1").andExpect(status().isOk()), "newPassword"))
                .startsWith("This password is on the list of passwords that attackers try first.");
        assertThat(FieldMessages.at(create("ops.lead for the academy").andExpect(status().isOk()), "newPassword"))
                .isEqualTo("A password must not be or contain your user name.");

        assertThat(persons.count()).isZero();
    }

    private ResultActions create(String password) throws Exception {
        return mvc.perform(post("/setup").with(csrf()).header("Accept-Language", "en")
                .param("displayName", "Ops Lead").param("username", "Ops.Lead").param("employeeNumber", "OPS2")
                .param("email", "ops.lead@example.test").param("newPassword", password).param("confirmPassword", password));
    }
}

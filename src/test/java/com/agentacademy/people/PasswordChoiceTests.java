package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import com.agentacademy.support.FieldMessages;

/** Wherever a person chooses a password, the policy's message appears at the new-password field. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:password-choice;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class PasswordChoiceTests {

    static final String DEMO_PASSWORD = "demo-academy-2026";
    static final String COMMON = "This password is on the list of passwords that attackers try first.";
    static final String CONTAINS_NAME = "A password must not be or contain your user name.";

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonAccounts accounts;

    @Test
    void aNewHireCannotChooseACommonPasswordOrOneWithTheirUserNameAtTheFirstSignIn() throws Exception {
        TemporaryPasswordShown handover = (TemporaryPasswordShown) mvc.perform(post("/people").with(csrf())
                        .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("hr")))
                        .param("username", "n7300").param("employeeNumber", "N7300")
                        .param("displayName", "Xu Jia 徐佳").param("email", "xu.jia@example.test")
                        .param("roles", "AGENT"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("handover");
        String temporary = handover.getPassword();
        Cookie[] session = signIn("n7300", temporary);

        assertThat(FieldMessages.at(choose(session, temporary, "WoAiNi1314520").andExpect(status().isOk()),
                "newPassword")).startsWith(COMMON);
        assertThat(FieldMessages.at(choose(session, temporary, "N7300 starts on the phones").andExpect(status().isOk()),
                "newPassword")).isEqualTo(CONTAINS_NAME);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

        choose(session, temporary, "first week on the phones").andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aChangedPasswordFollowsTheSameRulesInChinese() throws Exception {
        Cookie[] session = signIn("agent3", DEMO_PASSWORD);

        var refused = mvc.perform(post("/account/password").with(csrf()).cookie(session)
                        .header("Accept-Language", "zh-CN").param("currentPassword", DEMO_PASSWORD)
                        .param("newPassword", "1qaz2wsx3edc4rfv").param("confirmPassword", "1qaz2wsx3edc4rfv"))
                .andExpect(status().isOk());
        assertThat(FieldMessages.at(refused, "newPassword")).startsWith("这个密码在攻击者最先尝试的常见密码名单上");
        signIn("agent3", DEMO_PASSWORD);
    }

    @Test
    void changingThePasswordNeedsTheCurrentPassword() throws Exception {
        Cookie[] session = signIn("agent4", DEMO_PASSWORD);

        assertThat(FieldMessages.at(choose(session, "", "a phrase nobody will guess").andExpect(status().isOk()),
                "currentPassword")).isNotEmpty();
        assertThat(FieldMessages.at(choose(session, "someone else's guess", "a phrase nobody will guess")
                .andExpect(status().isOk()), "currentPassword")).isEqualTo("The current password is wrong.");

        signIn("agent4", DEMO_PASSWORD);
        mvc.perform(formLogin().user("agent4").password("a phrase nobody will guess")).andExpect(redirectedUrl("/login?error"));
    }

    private org.springframework.test.web.servlet.ResultActions choose(Cookie[] session, String current, String chosen)
            throws Exception {
        return mvc.perform(post("/account/password").with(csrf()).cookie(session).header("Accept-Language", "en")
                .param("currentPassword", current).param("newPassword", chosen).param("confirmPassword", chosen));
    }

    private Cookie[] signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookies();
    }
}

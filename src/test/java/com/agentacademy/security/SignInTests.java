package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    static final String DEMO_PASSWORD = "demo-academy-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void demoPeopleSignInWithTheDemoPassword() throws Exception {
        var signIn = mvc.perform(formLogin().user("agent").password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();

        mvc.perform(get("/").cookie(signIn.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"home-agent\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"home-hr\""))));
    }

    @Test
    void userNamesAreNotCaseSensitive() throws Exception {
        mvc.perform(formLogin().user("Trainer").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        var wrongPassword = mvc.perform(formLogin().user("qa").password("not-the-password-at-all"))
                .andExpect(unauthenticated()).andReturn();
        var unknownUser = mvc.perform(formLogin().user("nobody-here").password("not-the-password-at-all"))
                .andExpect(unauthenticated()).andReturn();

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void fiveFailuresLockTheNameEvenForTheRightPasswordAndEvenWhenNobodyHasIt() throws Exception {
        for (String name : new String[] { "agent3", "ghost-user" }) {
            for (int i = 1; i <= 4; i++) {
                mvc.perform(formLogin().user(name).password("wrong-password-" + i))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(formLogin().user(name).password("wrong-password-5")).andExpect(redirectedUrl("/login?locked"));
            mvc.perform(formLogin().user(name).password(DEMO_PASSWORD))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?locked"));
        }
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("locked for 15 minutes")));
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    /**
     * Sign-ins are not throttled per address: a call centre's agents reach the academy through one
     * address, and a flood from it must not lock out everyone behind it. Each typed name still
     * locks by itself and every attempt costs an Argon2 check (see docs/security.md).
     */
    @Test
    void aFloodAgainstManyNamesFromOneAddressLocksThoseNamesButNotColleaguesBehindTheSameAddress() throws Exception {
        for (int i = 1; i <= 30; i++) {
            mvc.perform(formLogin().user("sprayed-" + i).password("password1234")).andExpect(redirectedUrl("/login?error"));
        }
        for (int i = 1; i <= 5; i++) {
            mvc.perform(formLogin().user("sprayed-1").password("password1234"));
        }
        mvc.perform(formLogin().user("sprayed-1").password("password1234")).andExpect(redirectedUrl("/login?locked"));

        mvc.perform(formLogin().user("agent4").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(get("/login").session(session));
        String before = session.getId();

        var result = mvc.perform(formLogin().user("supervisor").password(DEMO_PASSWORD)).andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void signingInAndOutNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "agent").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?signed-out"));
    }

    @Test
    void aGetToTheLogoutAddressDoesNotSignAnyoneOut() throws Exception {
        var session = mvc.perform(formLogin().user("agent").password(DEMO_PASSWORD)).andReturn().getResponse().getCookies();

        mvc.perform(get("/logout").cookie(session)).andExpect(status().isNotFound());

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void theLoginPageSaysDemoModeAndTheDemoPassword() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Demo mode")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DEMO_PASSWORD)));
    }

    @Test
    void storedPasswordsAreArgon2idWithAtLeastOwaspParameters() {
        String hash = jdbc.sql("SELECT password_hash FROM person WHERE username = 'admin'").query(String.class).single();

        var parameters = java.util.regex.Pattern.compile("\\{argon2}\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$.+")
                .matcher(hash);
        assertThat(parameters.matches()).as(hash).isTrue();
        // OWASP's Password Storage Cheat Sheet: at least 19 MiB of memory, 2 iterations, 1 lane
        assertThat(Integer.parseInt(parameters.group(1))).as("memory in KiB").isGreaterThanOrEqualTo(19 * 1024);
        assertThat(Integer.parseInt(parameters.group(2))).as("iterations").isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(parameters.group(3))).as("lanes").isGreaterThanOrEqualTo(1);
    }
}

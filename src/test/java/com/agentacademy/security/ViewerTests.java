package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ViewerTests {

    final Viewer viewer = new Viewer();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInPersonHasExactlyTheirRoles() {
        signIn("ROLE_QA", "ROLE_AGENT");

        assertThat(viewer.signedIn()).isTrue();
        assertThat(viewer.any("TRAINER", "QA")).isTrue();
        assertThat(viewer.any("AGENT")).isTrue();
        assertThat(viewer.any("HR", "ADMIN")).isFalse();
        assertThat(viewer.any("A")).as("part of a role's name").isFalse();
        assertThat(viewer.any("ROLE_QA")).as("the prefix is not part of the name").isFalse();
    }

    @Test
    void theAnonymousVisitorAndNobodyHaveNoRoles() {
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.any("AGENT")).isFalse();

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.any("ANONYMOUS")).isFalse();
    }

    private static void signIn(String... authorities) {
        var authentication = new TestingAuthenticationToken("agent", null, List.of(authorities).toArray(String[]::new));
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}

package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind HTTPS ({@code academy.security.secure-cookies=true}) the session cookie is Secure as well. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.security.secure-cookies=true",
        "spring.datasource.url=jdbc:h2:mem:secure-cookies;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SecureCookieTests {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = SessionTests.sessionCookie(port);

        assertThat(cookie).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }
}

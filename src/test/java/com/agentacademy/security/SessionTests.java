package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.agentacademy.support.SiteClient;

/** The session cookie's flags and the idle timeout, on the real server with sessions in the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOnPlainHttp() throws Exception {
        String cookie = sessionCookie(port);

        assertThat(cookie).startsWith("SESSION=").contains("; HttpOnly").contains("; SameSite=Lax").contains("; Path=/")
                .doesNotContain("Secure");
    }

    @Test
    void aSessionIdleForMoreThanThirtyMinutesShowsTheSignInPage() throws Exception {
        var site = new SiteClient(port);
        site.signIn("agent2", "demo-academy-2026");
        assertThat(site.get("/").statusCode()).isEqualTo(200);

        idleFor(Duration.ofMinutes(29), "agent2");
        assertThat(site.get("/").statusCode()).as("29 minutes idle").isEqualTo(200);

        idleFor(Duration.ofMinutes(31), "agent2");
        var afterIdle = site.get("/");
        assertThat(afterIdle.statusCode()).isEqualTo(302);
        assertThat(afterIdle.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    /** Moves the last access of the person's sessions back, as if nothing had happened for that long. */
    private void idleFor(Duration idle, String username) {
        int moved = jdbc.sql("UPDATE spring_session SET last_access_time = ? WHERE principal_name = ?")
                .params(System.currentTimeMillis() - idle.toMillis(), username)
                .update();
        assertThat(moved).isPositive();
    }

    static String sessionCookie(int port) throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        return login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
    }
}

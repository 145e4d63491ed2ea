package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.agentacademy.support.SiteClient;

/**
 * The security headers on the real server: every module's signed-in pages, the sign-in page, and
 * every kind of error page down to one Tomcat answers before the application sees the request.
 * Static files are the exception that keeps caching.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPageTests.FailingPage.class)
class SecurityHeadersTests {

    static final List<String> PAGE_OF_EVERY_MODULE = List.of("/", "/account", "/people", "/teams", "/notifications",
            "/courses", "/authoring", "/feedback", "/exams", "/exams/banks", "/grading", "/accommodations", "/certificates",
            "/certifications", "/career", "/career/ladder", "/kpis", "/kpis/import", "/onboarding", "/cohorts", "/programs",
            "/reports/dashboard", "/reports/exams", "/audit");


    @LocalServerPort
    int port;

    SiteClient admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = new SiteClient(port);
        admin.signIn("admin", "demo-academy-2026");
    }

    @Test
    void everyModulesSignedInPagesCarryTheHeadersAndAreNeverStored() throws Exception {
        for (String path : PAGE_OF_EVERY_MODULE) {
            var page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertSecurityHeaders(path, page.headers());
        }
    }

    @Test
    void theSignInPageCarriesTheHeaders() throws Exception {
        var page = new SiteClient(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders("/login", page.headers());
    }

    @Test
    void staticFilesAreNamedByTheirContentAndKeepCaching() throws Exception {
        String stylesheet = stylesheetOf(admin.get("/").body());
        assertThat(stylesheet).matches("/css/academy-[0-9a-f]{32}\\.css");
        assertThat(stylesheetOf(admin.get("/no-such-page").body())).as("on an error page").isEqualTo(stylesheet);

        var css = admin.get(stylesheet);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("max-age=31536000").doesNotContain("no-store"));
        assertThat(css.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static String stylesheetOf(String page) {
        return Jsoup.parse(page).select("link[rel=stylesheet][href^=/css/academy]").attr("href");
    }

    @Test
    void errorPagesCarryTheHeaders() throws Exception {
        String bank = admin.get("/exams/banks/go-live-en").body();
        byte[] sevenMegabytes = new byte[7 * 1024 * 1024];
        Arrays.fill(sevenMegabytes, (byte) 'a');
        Map<String, HttpResponse<String>> errors = new TreeMap<>();
        errors.put("404 missing page", admin.get("/no-such-page"));
        errors.put("404 missing page, signed out", new SiteClient(port).get("/verify/NO-SUCH-CODE-AT-ALL"));
        errors.put("403 forbidden", signedIn("agent").get("/people"));
        errors.put("405 method not allowed", admin.get("/account/mail"));
        errors.put("400 bad parameter", admin.get("/people/not-a-number"));
        errors.put("400 rejected by the firewall", admin.get("/people;jsessionid=1234"));
        errors.put("413 upload too large", admin.postFile("/exams/banks/go-live-en/import",
                Map.of("_csrf", SiteClient.csrfToken(bank)), "huge.gift", sevenMegabytes));
        errors.put("500 failure", admin.get("/test-only/failure"));

        for (var error : errors.entrySet()) {
            int expected = Integer.parseInt(error.getKey().substring(0, 3));
            assertThat(error.getValue().statusCode()).as(error.getKey()).isEqualTo(expected);
            assertSecurityHeaders(error.getKey(), error.getValue().headers());
        }
    }

    @Test
    void aRequestTomcatRefusesBeforeTheApplicationCarriesTheHeadersToo() throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            Map<String, List<String>> headers = new TreeMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }

            assertThat(status).startsWith("HTTP/1.1 400");
            assertSecurityHeaders("malformed request", HttpHeaders.of(headers, (name, value) -> true));
        }
    }

    private SiteClient signedIn(String username) throws Exception {
        var site = new SiteClient(port);
        site.signIn(username, "demo-academy-2026");
        return site;
    }

    private static void assertSecurityHeaders(String what, HttpHeaders headers) {
        assertThat(headers.allValues("Content-Security-Policy")).as(what).singleElement().satisfies(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
        assertThat(headers.firstValue("Cache-Control")).as(what).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }
}

package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import com.agentacademy.support.SiteClient;

/**
 * Measures the autosave request on a running server: 1,000 saves through HTTP, each one's time
 * inside the server taken by a filter in front of everything else, written as a small report under
 * {@code target/}. It states figures; it asserts only that every save was stored.
 */
final class AutosaveTiming {

    static final int SAVES = 1_000;

    /** Saves made first and not counted, so that the figures are not the JIT compiler's. */
    static final int WARM_UP = 1_000;

    /** The server-side time of each autosave request, in nanoseconds. */
    static final ConcurrentLinkedQueue<Long> NANOS = new ConcurrentLinkedQueue<>();

    private AutosaveTiming() {
    }

    /** The filter that times autosave requests; register it in the test's context. */
    static FilterRegistrationBean<OncePerRequestFilter> filter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, jakarta.servlet.FilterChain chain)
                    throws jakarta.servlet.ServletException, IOException {
                long started = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                }
                finally {
                    if (request.getRequestURI().contains("/answers/")) {
                        NANOS.add(System.nanoTime() - started);
                    }
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/attempts/*");
        return registration;
    }

    /** Signs in, starts the exam, saves {@link #SAVES} answers one after the other and writes the report. */
    static String measure(int port, String username, String slug, String database, AttemptStore store)
            throws Exception {
        var site = new SiteClient(port);
        site.signIn(username, "demo-academy-2026");
        HttpResponse<String> started = site.post("/exams/" + slug + "/start", "", site.get("/exams/" + slug).body());
        String attempt = started.headers().firstValue("Location").orElseThrow().replaceAll(".*/attempts/(\\d+)/.*", "$1");
        String page = site.get("/attempts/" + attempt + "/questions/1").body();
        for (int warmUp = 0; warmUp < WARM_UP; warmUp++) {
            site.post("/attempts/" + attempt + "/answers/" + (warmUp % 7 + 1), "answer=warm&sequence=" + (warmUp + 1), page);
        }
        NANOS.clear();
        long first = WARM_UP + 1;
        for (int i = 0; i < SAVES; i++) {
            HttpResponse<String> saved = site.post("/attempts/" + attempt + "/answers/" + (i % 7 + 1),
                    "answer=" + (i % 2 == 0 ? "Lumen" : "0") + "&answer=1&sequence=" + (first + i), page);
            assertThat(saved.statusCode()).isEqualTo(200);
        }
        assertThat(store.answers(Long.parseLong(attempt))).allSatisfy(answer ->
                assertThat(answer.sequence()).isGreaterThanOrEqualTo(first + SAVES - 7));
        List<Long> nanos = new ArrayList<>(NANOS);
        Collections.sort(nanos);
        String line = String.format(Locale.ROOT, "| %s | %d | %.2f ms | %.2f ms | %.2f ms |", database, nanos.size(),
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) Math.ceil(nanos.size() * 0.99) - 1) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6);
        Path report = Path.of("target", "autosave-timing-" + database.toLowerCase(Locale.ROOT).replace(' ', '-') + ".md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "| database | saves | median | p99 | max |\n| --- | --- | --- | --- | --- |\n" + line + "\n");
        System.out.println("Autosave server time: " + line);
        return line;
    }
}

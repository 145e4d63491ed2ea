package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The request log has a line for every request but those its handler marked quiet (an exam's
 * autosave) that went well and fast. A refused, failed or slow one still has its line.
 * ({@code LogHygieneTests} shows the autosave itself is marked.)
 */
class RequestLogFilterTests {

    final RequestLogFilter filter = new RequestLogFilter();
    final Logger log = (Logger) LoggerFactory.getLogger("academy.requests");
    final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    Level levelBefore;

    /** At INFO whatever an application context of another test class left it at. */
    @BeforeEach
    void listen() {
        levelBefore = log.getLevel();
        log.setLevel(Level.INFO);
        lines.start();
        log.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(lines);
        log.setLevel(levelBefore);
    }

    @Test
    void aQuietRequestThatWentWellHasNoLine() throws Exception {
        request("/attempts/12/answers/3", true, 200, 0);
        assertThat(logged()).isEmpty();
    }

    @Test
    void aQuietRequestThatWasRefusedOrFailedHasItsLine() throws Exception {
        request("/attempts/12/answers/3", true, 409, 0);
        request("/attempts/12/answers/4", true, 403, 0);
        request("/attempts/12/answers/5", true, 500, 0);
        assertThat(logged()).containsExactly("POST /attempts/12/answers/3 409", "POST /attempts/12/answers/4 403",
                "POST /attempts/12/answers/5 500");
    }

    @Test
    void aSlowQuietRequestHasItsLine() throws Exception {
        request("/attempts/12/answers/3", true, 200, RequestLog.QUIET_UNDER.toMillis() + 50);
        assertThat(logged()).containsExactly("POST /attempts/12/answers/3 200");
    }

    @Test
    void everyOtherRequestHasItsLine() throws Exception {
        request("/attempts/12/answers/3", false, 200, 0);
        request("/attempts/12/submit", false, 302, 0);
        assertThat(logged()).containsExactly("POST /attempts/12/answers/3 200", "POST /attempts/12/submit 302");
    }

    private void request(String path, boolean quiet, int status, long takesMillis) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain handler = (req, res) -> {
            if (quiet) {
                RequestLog.quietWhenFast((HttpServletRequest) req);
            }
            ((MockHttpServletResponse) res).setStatus(status);
            if (takesMillis > 0) {
                try {
                    Thread.sleep(takesMillis);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        filter.doFilter(request, response, handler);
    }

    /** Each line up to its duration: method, path and status. */
    private List<String> logged() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .map(line -> line.substring(0, line.lastIndexOf(' ', line.indexOf("ms person=")))).toList();
    }
}

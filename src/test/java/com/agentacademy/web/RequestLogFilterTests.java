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

/**
 * The request log has a line for every request but the autosaves that went well: at exam-day
 * rates (each taker saves every 5 s) those would be most of the log. A refused, failed or slow
 * autosave still has its line.
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
    void aSuccessfulAutosaveHasNoLine() throws Exception {
        request("POST", "/attempts/12/answers/3", 200, 0);
        assertThat(logged()).isEmpty();
    }

    @Test
    void aRefusedOrFailedAutosaveHasItsLine() throws Exception {
        request("POST", "/attempts/12/answers/3", 409, 0);
        request("POST", "/attempts/12/answers/4", 403, 0);
        request("POST", "/attempts/12/answers/5", 500, 0);
        assertThat(logged()).containsExactly("POST /attempts/12/answers/3 409", "POST /attempts/12/answers/4 403",
                "POST /attempts/12/answers/5 500");
    }

    @Test
    void aSlowAutosaveHasItsLine() throws Exception {
        request("POST", "/attempts/12/answers/3", 200, RequestLogFilter.QUIET_AUTOSAVE_UNDER.toMillis() + 50);
        assertThat(logged()).containsExactly("POST /attempts/12/answers/3 200");
    }

    @Test
    void everyOtherRequestHasItsLine() throws Exception {
        request("GET", "/attempts/12/questions/3", 200, 0);
        request("GET", "/attempts/12/answers/3", 200, 0);
        request("POST", "/attempts/12/submit", 302, 0);
        request("GET", "/courses", 200, 0);
        assertThat(logged()).containsExactly("GET /attempts/12/questions/3 200", "GET /attempts/12/answers/3 200",
                "POST /attempts/12/submit 302", "GET /courses 200");
    }

    private void request(String method, String path, int status, long takesMillis) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
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
        filter.doFilter(request, response, chain);
    }

    /** Each line up to its duration: method, path and status. */
    private List<String> logged() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .map(line -> line.substring(0, line.lastIndexOf(' ', line.indexOf("ms person=")))).toList();
    }
}

package com.agentacademy.people;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An installation without any administrator (a fresh production database) sends every visitor to
 * the one-time "create the first administrator" page. Once an administrator exists the answer is
 * remembered and the page is gone for good.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FirstAdministrator extends OncePerRequestFilter {

    static final String SETUP_PAGE = "/setup";

    private final PersonRepository persons;
    private final AtomicBoolean administratorExists = new AtomicBoolean();

    FirstAdministrator(PersonRepository persons) {
        this.persons = persons;
    }

    boolean isNeeded() {
        if (administratorExists.get()) {
            return false;
        }
        boolean exists = persons.countActiveWithRole(Role.ADMIN) > 0;
        if (exists) {
            administratorExists.set(true);
        }
        return !exists;
    }

    void created() {
        administratorExists.set(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(SETUP_PAGE) && !isAsset(path) && isNeeded()) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/images/") || path.startsWith("/actuator/") || path.equals("/favicon.ico")
                || path.equals("/language") || path.equals("/error");
    }
}

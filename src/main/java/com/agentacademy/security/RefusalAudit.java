package com.agentacademy.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request refused (403) to a signed-in person in the audit log, whoever refused it:
 * the URL rules, a method's {@code @PreAuthorize}, a missing CSRF token or a controller guarding
 * someone else's data. It wraps the security filters and looks at the answer once it is decided, so
 * each refusal is one entry: who, method and path (never the query string), and the client's
 * address. Refusals to visitors who are not signed in (a form posted without its token) stay in the
 * request log only: the audit log keeps everything for good, and anyone could fill it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class RefusalAudit extends OncePerRequestFilter {

    private final AuditTrail audit;

    RefusalAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        finally {
            Long actor = response.getStatus() == HttpServletResponse.SC_FORBIDDEN ? actor(request) : null;
            if (actor != null) {
                audit.record(actor, "ACCESS_DENIED", request.getMethod() + " " + request.getRequestURI(), "",
                        request.getRemoteAddr());
            }
        }
    }

    private static Long actor(HttpServletRequest request) {
        if (request.getAttribute(SignedInPerson.REQUEST_ATTRIBUTE) instanceof Long id) {
            return id;
        }
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof SignedInPerson person ? person.personId() : null;
    }
}

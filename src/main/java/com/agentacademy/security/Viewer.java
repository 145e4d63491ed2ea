package com.agentacademy.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the layout asks about the person viewing the page, in templates as
 * {@code th:if="${@viewer.signedIn()}"} and {@code th:if="${@viewer.any('HR','ADMIN')}"}: the answers
 * of {@code sec:authorize="isAuthenticated()"} and {@code hasAnyRole(...)}, read from the signed-in
 * person's roles. The header asks on every page, the home page a few times more; through the
 * security dialect each question built a new expression context and searched the beans for the
 * expression handler: a sixth of everything a course page allocated went with it. Pages that ask once
 * or twice (a trainer's button) keep {@code sec:authorize}.
 */
@Component("viewer")
public class Viewer {

    private static final String ROLE_PREFIX = "ROLE_";

    /** Whether someone has signed in (not the anonymous visitor). */
    public boolean signedIn() {
        return signedInAuthentication() != null;
    }

    /** Whether the signed-in person holds at least one of these roles (names without {@code ROLE_}). */
    public boolean any(String... roles) {
        Authentication authentication = signedInAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            for (String role : roles) {
                if (authority != null && authority.length() == ROLE_PREFIX.length() + role.length()
                        && authority.startsWith(ROLE_PREFIX) && authority.endsWith(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Authentication signedInAuthentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication : null;
    }
}

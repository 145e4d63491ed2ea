package com.agentacademy.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions of signed-in people, across every application instance: ends all of a person's
 * sessions (deactivated, roles changed) and replaces the principal of the current session.
 */
@Component
public class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SecurityContextRepository contexts;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, SecurityContextRepository contexts) {
        this.sessions = sessions;
        this.contexts = contexts;
    }

    /** Ends every session of the named person; they must sign in again. */
    public void endAllOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    /**
     * Gives every open session of the named person the new roles, so that the person's next request
     * already has the new permissions without signing in again.
     */
    public void changeRolesOfAll(String username, Set<String> roles) {
        changeRoles(sessions, username, roles);
    }

    private static <S extends Session> void changeRoles(FindByIndexNameSessionRepository<S> repository, String username,
            Set<String> roles) {
        for (S session : repository.findByPrincipalName(username).values()) {
            SecurityContext old = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (old != null && old.getAuthentication() != null
                    && old.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
                SignedInPerson changed = person.withRoles(roles);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                repository.save(session);
            }
        }
    }

    /** Replaces the principal of the current request's session, for example after a password change. */
    public void replaceCurrent(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}

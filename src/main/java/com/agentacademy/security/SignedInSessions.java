package com.agentacademy.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /** Replaces the principal of the current request's session, for example after a password change. */
    public void replaceCurrent(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}

package com.agentacademy.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What happens after a sign-in attempt: failures are counted, the page says "locked" once the
 * limit is reached, and a successful sign-in clears the count and restores the person's language.
 * Both are in the audit log, a failure with the user name as typed (on one line), never the password.
 */
final class SignInHandlers {

    private SignInHandlers() {
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final SignInThrottle throttle;
        private final LocaleResolver locales;
        private final AuditTrail audit;

        Success(SignInThrottle throttle, LocaleResolver locales, AuditTrail audit) {
            this.throttle = throttle;
            this.locales = locales;
            this.audit = audit;
            setDefaultTargetUrl("/");
            setAlwaysUseDefaultTargetUrl(false);
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            throttle.recordSuccess(authentication.getName());
            if (authentication.getPrincipal() instanceof SignedInPerson person) {
                audit.record(person.personId(), "SIGNED_IN", "person:" + person.personId(), person.getUsername());
                if (person.preferredLocale() != null) {
                    locales.setLocale(request, response, Locale.forLanguageTag(person.preferredLocale()));
                }
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {

        private final SignInThrottle throttle;
        private final AuditTrail audit;

        Failure(SignInThrottle throttle, AuditTrail audit) {
            this.throttle = throttle;
            this.audit = audit;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String typed = request.getParameter("username");
            boolean locked = exception instanceof LockedException || throttle.recordFailure(typed);
            audit.record(null, "SIGN_IN_FAILED", "username:" + (typed == null ? "" : typed),
                    locked ? "locked" : "wrong user name or password");
            response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
        }
    }
}

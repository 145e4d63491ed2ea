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
 */
final class SignInHandlers {

    private SignInHandlers() {
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final SignInThrottle throttle;
        private final LocaleResolver locales;

        Success(SignInThrottle throttle, LocaleResolver locales) {
            this.throttle = throttle;
            this.locales = locales;
            setDefaultTargetUrl("/");
            setAlwaysUseDefaultTargetUrl(false);
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            throttle.recordSuccess(authentication.getName());
            if (authentication.getPrincipal() instanceof SignedInPerson person && person.preferredLocale() != null) {
                locales.setLocale(request, response, Locale.forLanguageTag(person.preferredLocale()));
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {

        private final SignInThrottle throttle;

        Failure(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            boolean locked = exception instanceof LockedException
                    || throttle.recordFailure(request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
        }
    }
}

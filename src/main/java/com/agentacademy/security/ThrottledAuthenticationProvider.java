package com.agentacademy.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refuses a locked user name before its password is even checked, so a locked account stays locked
 * when the right password is guessed. A typed user name that no account can have (control
 * characters, line breaks) is refused before anything looks it up or writes it into a log line.
 * Every other attempt costs one password hash, whoever it
 * names: an unknown name is checked against a dummy hash (Spring Security's own protection), and a
 * deactivated account is told apart only after its password was checked, so neither answers faster
 * than a wrong password for an active account.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService people, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        super(people);
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(person -> {
        });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = authentication.getName();
        if (typed == null || !OneLine.of(typed).equals(typed)) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (throttle.isLocked(typed)) {
            throw new LockedException("locked");
        }
        return super.authenticate(authentication);
    }
}

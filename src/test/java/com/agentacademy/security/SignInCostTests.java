package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * No timing oracle at sign-in: an unknown name, a wrong password and a deactivated account each cost
 * exactly one Argon2 check and get the same kind of refusal.
 */
class SignInCostTests {

    static final String PASSWORD = "the right pass phrase";

    final CountingEncoder encoder = new CountingEncoder(new SecurityConfiguration().passwordEncoder());
    final Map<String, SignedInPerson> people = Map.of(
            "active", person(1, "active", true),
            "deactivated", person(2, "deactivated", false));
    final UserDetailsService accounts = name -> {
        SignedInPerson person = people.get(name);
        if (person == null) {
            throw new UsernameNotFoundException("unknown");
        }
        return new SignedInPerson(person.personId(), name, name, person.getPassword(), person.isEnabled(), Set.of("AGENT"),
                false, null);
    };
    final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(accounts, encoder,
            new SignInThrottle(null, null, new SecurityProperties(5, null, false)) {
                @Override
                boolean isLocked(String username) {
                    return false;
                }
            });

    @Test
    void anUnknownNameAWrongPasswordAndADeactivatedAccountEachCostOneArgon2Check() {
        for (String name : new String[] { "nobody", "active", "deactivated" }) {
            encoder.checks.set(0);
            assertThatThrownBy(() -> signIn(name, "a wrong pass phrase")).as(name).isInstanceOf(BadCredentialsException.class);
            assertThat(encoder.checks.get()).as(name).isEqualTo(1);
        }
    }

    @Test
    void aDeactivatedAccountIsRefusedOnlyAfterItsPasswordWasChecked() {
        assertThatThrownBy(() -> signIn("deactivated", PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(signIn("active", PASSWORD).isAuthenticated()).isTrue();
    }

    private org.springframework.security.core.Authentication signIn(String name, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    private SignedInPerson person(long id, String name, boolean active) {
        return new SignedInPerson(id, name, name, encoder.encode(PASSWORD), active, Set.of("AGENT"), false, null);
    }

    static final class CountingEncoder implements PasswordEncoder {

        final PasswordEncoder delegate;
        final AtomicInteger checks = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }
    }
}

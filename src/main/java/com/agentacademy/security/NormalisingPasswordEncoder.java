package com.agentacademy.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Normalises a password to NFC before it reaches the real encoder; see {@link PasswordPolicy}. */
final class NormalisingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NormalisingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(PasswordPolicy.normalise(rawPassword.toString()));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(PasswordPolicy.normalise(rawPassword.toString()), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}

package com.agentacademy.security;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What a password must be: 12 to 128 characters of any script. Length is counted in Unicode
 * characters (code points), so a Chinese pass phrase counts as what a person typed, not its bytes.
 * Passwords are normalised to NFC before hashing so that the same phrase typed on two keyboards
 * matches.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        int length = normalise(password).codePointCount(0, normalise(password).length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        return Optional.empty();
    }

    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}

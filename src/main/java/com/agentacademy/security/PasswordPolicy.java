package com.agentacademy.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: 12 to 128 characters of any script, not one that attackers try first
 * (the list in {@code security/common-passwords.txt}, or a short piece repeated) and not the
 * person's user name or something containing it. Length is counted in Unicode characters (code
 * points), so a Chinese pass phrase counts as what a person typed, not its bytes. Passwords are
 * normalised to NFC before hashing so that the same phrase typed on two keyboards matches.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Shorter user names ("hr", "qa") are refused only as the whole password, not as a part of it. */
    private static final int MIN_USERNAME_LENGTH_CHECKED_INSIDE = 4;

    private static final int MAX_REPEATED_PIECE = 4;
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        String normalised = normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String folded = normalised.toLowerCase(Locale.ROOT);
        if (containsUsername(folded, username)) {
            return Optional.of("password.contains-username");
        }
        if (COMMON.contains(folded) || isShortPieceRepeated(folded)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    private static boolean containsUsername(String folded, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = normalise(username.strip()).toLowerCase(Locale.ROOT);
        return folded.equals(name)
                || name.codePointCount(0, name.length()) >= MIN_USERNAME_LENGTH_CHECKED_INSIDE && folded.contains(name);
    }

    /** "aaaaaaaaaaaa", "123123123123", "1231231231231" (a piece need not fit a whole number of times), "客服客服客服客服客服客服". */
    private static boolean isShortPieceRepeated(String folded) {
        int[] codePoints = folded.codePoints().toArray();
        for (int piece = 1; piece <= MAX_REPEATED_PIECE; piece++) {
            if (repeats(codePoints, piece)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(int[] codePoints, int piece) {
        for (int i = piece; i < codePoints.length; i++) {
            if (codePoints[i] != codePoints[i - piece]) {
                return false;
            }
        }
        return true;
    }

    static Set<String> load(String resource) {
        var stream = PasswordPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> normalise(line).toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.agentacademy.gift;

import java.util.Locale;

/**
 * Short-answer patterns: {@code *} stands for any run of characters, everything else is literal,
 * case does not matter. Matched by hand rather than through a regular expression, so that no
 * pattern can make matching slow.
 */
final class Wildcard {

    private Wildcard() {
    }

    static boolean matches(String pattern, String text) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        String t = text.strip().toLowerCase(Locale.ROOT);
        int pi = 0;
        int ti = 0;
        int star = -1;
        int resumeAt = 0;
        while (ti < t.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                resumeAt = ti;
            } else if (pi < p.length() && p.charAt(pi) == t.charAt(ti)) {
                pi++;
                ti++;
            } else if (star >= 0) {
                // Let the last star swallow one more character and try again from there.
                pi = star + 1;
                ti = ++resumeAt;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}

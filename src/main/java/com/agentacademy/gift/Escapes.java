package com.agentacademy.gift;

/**
 * GIFT's backslash escapes: {@code \~ \= \# \{ \} \:} stand for the character itself, {@code \n}
 * for a line break and {@code \\} for a backslash. A backslash before anything else is kept as it
 * is, as Moodle does.
 */
final class Escapes {

    private static final String ESCAPABLE = "~=#{}:\\";

    private Escapes() {
    }

    /** The first {@code c} in {@code text[from, to)} that is not escaped, or -1. */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            char here = text.charAt(i);
            if (here == '\\') {
                i++;
            } else if (here == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code sequence} in {@code text[from, to)} whose first character is not escaped, or -1. */
    static int indexOf(String text, String sequence, int from, int to) {
        for (int i = from; i < to; i++) {
            char here = text.charAt(i);
            if (here == '\\') {
                i++;
            } else if (text.startsWith(sequence, i) && i + sequence.length() <= to) {
                return i;
            }
        }
        return -1;
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char here = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (here == '\\' && next == 'n') {
                plain.append('\n');
                i++;
            } else if (here == '\\' && next != 0 && ESCAPABLE.indexOf(next) >= 0) {
                plain.append(next);
                i++;
            } else {
                plain.append(here);
            }
        }
        return plain.toString();
    }

    /** {@code text} written so that {@link #unescape(String)} gives it back, on one line. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char here = text.charAt(i);
            if (here == '\n') {
                escaped.append("\\n");
            } else if (here == '\\') {
                escaped.append(needsEscapedBackslash(text, i) ? "\\\\" : "\\");
            } else if (ESCAPABLE.indexOf(here) >= 0) {
                escaped.append('\\').append(here);
            } else {
                escaped.append(here);
            }
        }
        return escaped.toString();
    }

    // A lone backslash stays readable; it needs doubling only where it would start an escape:
    // before an escapable character, before an n or a line break (written \n), and at the end,
    // where the writer may put a brace or a marker right after it.
    private static boolean needsEscapedBackslash(String text, int at) {
        if (at + 1 == text.length()) {
            return true;
        }
        char next = text.charAt(at + 1);
        return next == 'n' || next == '\n' || ESCAPABLE.indexOf(next) >= 0;
    }
}

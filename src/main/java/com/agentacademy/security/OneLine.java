package com.agentacademy.security;

/**
 * Text from users made safe to write into a line of the audit log or of a log file: line breaks
 * become ↵, a tab →, and other control characters and the characters that turn text right to left
 * become �, so that typed text (a user name, a title, a CSV field) can never start a line or an
 * entry of its own, nor disguise the text around it. Common fonts have all three symbols.
 */
public final class OneLine {

    private OneLine() {
    }

    /** The text on one line; {@code null} gives an empty text. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\r' || c == '\n' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029) {
                shown.append('\u21B5');
            }
            else if (c == '\t') {
                shown.append('\u2192');
            }
            else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
                shown.append('\uFFFD');
            }
            else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}

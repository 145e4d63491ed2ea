package com.agentacademy.certification;

/**
 * A holder's name as the public verification page shows it: enough for someone who knows the
 * person to recognise them, not enough to learn a stranger's name. Each word keeps its first
 * character; a Chinese name keeps its family name (the first character).
 */
final class NameMask {

    private NameMask() {
    }

    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "—";
        }
        var masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (masked.length() > 0) {
                masked.append(' ');
            }
            int first = word.codePointAt(0);
            masked.appendCodePoint(first);
            int rest = word.codePointCount(0, word.length()) - 1;
            masked.append("*".repeat(Math.max(1, rest)));
        }
        return masked.toString();
    }
}

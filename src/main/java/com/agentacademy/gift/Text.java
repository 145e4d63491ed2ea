package com.agentacademy.gift;

/** Small text helpers shared by reading and writing. */
final class Text {

    private Text() {
    }

    static String stripToNull(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A piece of the input quoted in a problem message, cut short when long. */
    static String quote(String text) {
        String stripped = text.strip();
        String shown = stripped.length() > 40 ? stripped.substring(0, 40) + "..." : stripped;
        return "'" + shown.replaceAll("\\s+", " ") + "'";
    }
}

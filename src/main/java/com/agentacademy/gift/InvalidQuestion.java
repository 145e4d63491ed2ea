package com.agentacademy.gift;

/** Ends the reading of one question at the first thing wrong with it; the parser reports it and moves on. */
final class InvalidQuestion extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    InvalidQuestion(int line, String message) {
        // Thrown for bad input, not for bugs: a stack trace would say nothing.
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}

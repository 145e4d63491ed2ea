package com.agentacademy.gift;

/**
 * Something wrong in GIFT text.
 *
 * @param line the 1-based line of the input where the problem is
 * @param message what is wrong, in plain English
 */
public record GiftProblem(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}

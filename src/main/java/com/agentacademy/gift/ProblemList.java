package com.agentacademy.gift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Problems as they are found, kept to a readable number however broken the input is. */
final class ProblemList {

    static final int LIMIT = 1000;

    private final List<GiftProblem> problems = new ArrayList<>();
    private boolean truncated;

    void add(int line, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new GiftProblem(line, message));
        } else {
            truncated = true;
        }
    }

    List<GiftProblem> inLineOrder() {
        List<GiftProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(GiftProblem::line));
        if (truncated) {
            int last = sorted.get(sorted.size() - 1).line();
            sorted.add(new GiftProblem(last, "more than " + LIMIT + " problems; only the first " + LIMIT
                    + " are listed"));
        }
        return sorted;
    }
}

package com.agentacademy.gift;

import java.util.List;

/**
 * What {@link GiftParser#parse(String)} found: the questions it could read, in the order of the
 * text, and the problems that kept other questions out, in line order.
 */
public record GiftDocument(List<GiftQuestion> questions, List<GiftProblem> problems) {

    public GiftDocument {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}

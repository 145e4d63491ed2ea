package com.agentacademy.gift;

import java.util.List;

/** What an answer block says: the type of the question and its answers. */
record Answers(GiftType type, List<GiftAnswer> answers, List<GiftMatch> matches, Boolean trueFalse,
        String generalFeedback) {

    static final Answers DESCRIPTION = new Answers(GiftType.DESCRIPTION, List.of(), List.of(), null, null);

    static Answers of(GiftType type, List<GiftAnswer> answers, String generalFeedback) {
        return new Answers(type, answers, List.of(), null, generalFeedback);
    }
}

package com.agentacademy.exam;

import com.agentacademy.gift.GiftQuestion;

/** Question variations for tests. */
final class Questions {

    private Questions() {
    }

    /** The same question, key and all, with another text. */
    static GiftQuestion reworded(GiftQuestion question, String text) {
        return new GiftQuestion(question.id(), question.tags(), question.name(), question.category(), question.type(),
                question.format(), text, question.missingWord(), question.answers(), question.matches(),
                question.trueFalse(), question.generalFeedback(), 0);
    }
}

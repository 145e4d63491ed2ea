package com.agentacademy.exam;

import java.io.Serializable;

/**
 * How many questions an import or upload added, revised, brought back, left as they were and
 * retired.
 *
 * @param added questions the bank did not have
 * @param revised questions with a new wording (a retired one among them is drawn again)
 * @param restored retired questions drawn again with the wording they had
 * @param unchanged questions as they were
 * @param retired questions no longer drawn
 */
record QuestionCounts(int added, int revised, int restored, int unchanged, int retired) implements Serializable {

    static final QuestionCounts NONE = new QuestionCounts(0, 0, 0, 0, 0);

    /** What happened to one question. */
    enum Change {
        ADDED, REVISED, RESTORED, UNCHANGED, RETIRED
    }

    QuestionCounts and(Change change) {
        return switch (change) {
            case ADDED -> new QuestionCounts(added + 1, revised, restored, unchanged, retired);
            case REVISED -> new QuestionCounts(added, revised + 1, restored, unchanged, retired);
            case RESTORED -> new QuestionCounts(added, revised, restored + 1, unchanged, retired);
            case UNCHANGED -> new QuestionCounts(added, revised, restored, unchanged + 1, retired);
            case RETIRED -> new QuestionCounts(added, revised, restored, unchanged, retired + 1);
        };
    }

    QuestionCounts plus(QuestionCounts other) {
        return new QuestionCounts(added + other.added, revised + other.revised, restored + other.restored,
                unchanged + other.unchanged, retired + other.retired);
    }

    String summary() {
        return "added=" + added + " revised=" + revised + " restored=" + restored + " unchanged=" + unchanged
                + " retired=" + retired;
    }
}

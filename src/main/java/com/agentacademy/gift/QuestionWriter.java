package com.agentacademy.gift;

import static com.agentacademy.gift.Escapes.escape;

/** Writes one question block; the counterpart of {@link QuestionReader} and {@link AnswerReader}. */
final class QuestionWriter {

    private final StringBuilder gift;

    QuestionWriter(StringBuilder gift) {
        this.gift = gift;
    }

    void write(GiftQuestion question) {
        if (question.id() != null) {
            gift.append("// [id:").append(question.id()).append("]\n");
        }
        for (String tag : question.tags()) {
            gift.append("// [tag:").append(tag).append("]\n");
        }
        if (question.name() != null) {
            gift.append("::").append(escape(question.name())).append("::");
        }
        gift.append(formatPrefix(question));
        String text = question.text();
        int blank = question.missingWord() ? text.indexOf(GiftQuestion.BLANK) : -1;
        if (question.type() == GiftType.DESCRIPTION) {
            gift.append(escape(text)).append('\n');
        } else if (blank >= 0) {
            gift.append(escape(text.substring(0, blank)));
            answerBlock(question);
            gift.append(escape(text.substring(blank + GiftQuestion.BLANK.length()))).append('\n');
        } else {
            gift.append(escape(text)).append(' ');
            answerBlock(question);
            gift.append('\n');
        }
    }

    // Text starting with [ would read as a format prefix, with // as a comment line, and with a byte
    // order mark (at the start of a file) as nothing: an explicit [moodle] in front keeps it text.
    private static String formatPrefix(GiftQuestion question) {
        String text = question.text();
        if (question.format() != GiftFormat.MOODLE || text.startsWith("[") || text.startsWith("//")
                || text.startsWith("\uFEFF")) {
            return "[" + question.format().keyword() + "]";
        }
        return "";
    }

    private void answerBlock(GiftQuestion question) {
        gift.append('{');
        switch (question.type()) {
            case ESSAY -> generalFeedback(question, false);
            case TRUEFALSE -> trueFalse(question);
            case MATCHING -> {
                gift.append('\n');
                for (GiftMatch match : question.matches()) {
                    gift.append('=').append(escape(match.left())).append(" -> ").append(escape(match.right()))
                            .append('\n');
                }
                generalFeedback(question, true);
            }
            case NUMERICAL -> {
                gift.append("#\n");
                answers(question);
            }
            default -> {
                gift.append('\n');
                answers(question);
            }
        }
        gift.append('}');
    }

    private void trueFalse(GiftQuestion question) {
        gift.append(Boolean.TRUE.equals(question.trueFalse()) ? 'T' : 'F');
        String right = null;
        String wrong = null;
        for (GiftAnswer answer : question.answers()) {
            if (answer.fraction() >= 1) {
                right = answer.feedback();
            } else {
                wrong = answer.feedback();
            }
        }
        // GIFT gives the feedback for a wrong answer first: {T#if wrong#if right}.
        if (wrong != null || right != null) {
            gift.append('#').append(wrong == null ? "" : escape(wrong));
        }
        if (right != null) {
            gift.append('#').append(escape(right));
        }
        generalFeedback(question, false);
    }

    private void answers(GiftQuestion question) {
        boolean rightWritten = false;
        for (GiftAnswer answer : question.answers()) {
            char marker = marker(question.type(), answer, rightWritten);
            rightWritten |= marker == '=';
            String text = question.type() == GiftType.NUMERICAL ? number(answer) : escape(answer.text());
            gift.append(marker).append(weight(marker, answer, text)).append(text);
            if (answer.feedback() != null) {
                gift.append(" #").append(escape(answer.feedback()));
            }
            gift.append('\n');
        }
        generalFeedback(question, true);
    }

    // A multiple-choice question needs exactly what made it one: a = answer and ~ answers. The first
    // answer worth full credit takes the =, every other one a ~ with its weight.
    private static char marker(GiftType type, GiftAnswer answer, boolean rightWritten) {
        return switch (type) {
            case MULTICHOICE -> !rightWritten && answer.fraction() >= 1 ? '=' : '~';
            case MULTIANSWER -> '~';
            default -> '=';
        };
    }

    private static String weight(char marker, GiftAnswer answer, String text) {
        double unweighted = marker == '=' ? 1 : 0;
        if (answer.fraction() == unweighted && !text.startsWith("%")) {
            return "";
        }
        return "%" + Numbers.percent(answer.fraction()) + "%";
    }

    private static String number(GiftAnswer answer) {
        if (answer.min() != null && answer.max() != null) {
            return Numbers.format(answer.min()) + ".." + Numbers.format(answer.max());
        }
        if (answer.value() == null) {
            return escape(answer.text());
        }
        double tolerance = answer.tolerance() == null ? 0 : answer.tolerance();
        return Numbers.format(answer.value()) + (tolerance == 0 ? "" : ":" + Numbers.format(tolerance));
    }

    private void generalFeedback(GiftQuestion question, boolean afterAnswerLines) {
        if (question.generalFeedback() != null) {
            gift.append(afterAnswerLines ? "" : "\n").append("####").append(escape(question.generalFeedback()))
                    .append('\n');
        }
    }
}

package com.agentacademy.gift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GIFT text, Moodle's question format, as described in {@code docs/content-format.md}.
 *
 * <p>Questions are separated by blank lines. A question with a problem is reported and left out;
 * reading goes on with the next one. A problem between questions, such as a category line without
 * a blank line around it, is reported and the questions are kept. Any text can be given: the parser
 * does not throw, and text over 5 MB is one problem.
 */
public final class GiftParser {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private GiftParser() {
    }

    /** The questions in {@code text} and the problems that kept the others out. */
    public static GiftDocument parse(String text) {
        if (text == null) {
            return new GiftDocument(List.of(), List.of());
        }
        if (isOverLimit(text)) {
            return new GiftDocument(List.of(), List.of(new GiftProblem(1, "the text is larger than 5 MB;"
                    + " split it into several files")));
        }
        ProblemList problems = new ProblemList();
        List<GiftQuestion> questions = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        String withoutByteOrderMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (QuestionBlock block : new QuestionBlocks(problems).split(withoutByteOrderMark)) {
            try {
                GiftQuestion question = new QuestionReader(block).read();
                Integer earlier = question.id() == null ? null : idLines.putIfAbsent(question.id(), question.line());
                if (earlier == null) {
                    questions.add(question);
                } else {
                    problems.add(question.line(), "the id " + Text.quote(question.id())
                            + " is already used by the question at line " + earlier);
                }
            } catch (InvalidQuestion invalid) {
                problems.add(invalid.line(), invalid.getMessage());
            }
        }
        return new GiftDocument(questions, problems.inLineOrder());
    }

    /** Whether {@code text} takes more than {@link #MAX_BYTES} in UTF-8, counted without encoding it. */
    private static boolean isOverLimit(String text) {
        if (text.length() > MAX_BYTES) {
            return true;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A surrogate pair is four bytes, two for each half.
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes > MAX_BYTES;
    }
}

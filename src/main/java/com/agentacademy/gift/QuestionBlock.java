package com.agentacademy.gift;

import java.util.Arrays;
import java.util.List;

/**
 * The lines of one question without its comment lines, joined by line breaks, with what its
 * comments and the category before it said. Knows which input line each character came from.
 */
final class QuestionBlock {

    private final String text;
    private final int[] lineStarts;
    private final int[] lineNumbers;
    private final String id;
    private final List<String> tags;
    private final String category;

    QuestionBlock(List<String> lines, int[] lineNumbers, String id, List<String> tags, String category) {
        this.text = String.join("\n", lines);
        this.lineStarts = new int[lines.size()];
        for (int i = 1; i < lines.size(); i++) {
            lineStarts[i] = lineStarts[i - 1] + lines.get(i - 1).length() + 1;
        }
        this.lineNumbers = lineNumbers;
        this.id = id;
        this.tags = List.copyOf(tags);
        this.category = category;
    }

    String text() {
        return text;
    }

    String id() {
        return id;
    }

    List<String> tags() {
        return tags;
    }

    String category() {
        return category;
    }

    /** The input line of the character at {@code offset} in {@link #text()}. */
    int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return lineNumbers[found >= 0 ? found : -found - 2];
    }

    InvalidQuestion invalid(int offset, String message) {
        return new InvalidQuestion(lineAt(offset), message);
    }

    int skipSpace(int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}

package com.agentacademy.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts GIFT text into question blocks as Moodle does: a blank line ends a question, lines starting
 * with {@code //} are comments (where {@code [id:...]} and {@code [tag:...]} are read), and a
 * {@code $CATEGORY:} line sets the category of the questions after it.
 */
final class QuestionBlocks {

    private static final String CATEGORY = "$CATEGORY:";

    private final ProblemList problems;
    private final List<QuestionBlock> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String id;
    private String category;
    private int categoryLine;

    QuestionBlocks(ProblemList problems) {
        this.problems = problems;
    }

    List<QuestionBlock> split(String text) {
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            take(all[i], i + 1);
        }
        endBlock();
        return blocks;
    }

    private void take(String line, int number) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            endBlock();
            categoryLine = 0;
        } else if (stripped.startsWith("//")) {
            readComment(stripped);
        } else if (stripped.startsWith(CATEGORY)) {
            readCategory(stripped, number);
        } else {
            // Moodle reads a category line and the lines after it up to a blank line as one
            // block, and drops the question in it; say so rather than import what Moodle loses.
            if (lines.isEmpty() && categoryLine > 0) {
                problems.add(number, "put a blank line between the category line " + categoryLine
                        + " and this question");
            }
            lines.add(line);
            lineNumbers.add(number);
        }
    }

    private void readComment(String comment) {
        for (String value : bracketed(comment, "[id:")) {
            if (id == null) {
                id = value;
            }
        }
        tags.addAll(bracketed(comment, "[tag:"));
    }

    private void readCategory(String line, int number) {
        if (!lines.isEmpty()) {
            problems.add(number, "put a blank line between the question above and this category line");
        }
        endBlock();
        String path = line.substring(CATEGORY.length()).strip();
        if (path.isEmpty()) {
            problems.add(number, "the category line names no category");
        } else {
            category = path;
        }
        categoryLine = number;
    }

    private void endBlock() {
        if (!lines.isEmpty()) {
            int[] numbers = lineNumbers.stream().mapToInt(Integer::intValue).toArray();
            blocks.add(new QuestionBlock(lines, numbers, id, tags, category));
        }
        lines.clear();
        lineNumbers.clear();
        tags.clear();
        id = null;
    }

    // A value runs to the next ], and cannot hold a [ (so "[id:[tag:x]" is a tag); searching back
    // from the ] for the last [ keeps this linear however the brackets pile up.
    private static List<String> bracketed(String comment, String opening) {
        List<String> values = new ArrayList<>();
        int start = comment.indexOf(opening);
        while (start >= 0) {
            int end = comment.indexOf(']', start + opening.length());
            if (end < 0) {
                break;
            }
            int last = comment.lastIndexOf('[', end);
            String value = comment.startsWith(opening, last)
                    ? comment.substring(last + opening.length(), end).strip()
                    : "";
            if (!value.isEmpty()) {
                values.add(value);
            }
            start = comment.indexOf(opening, end + 1);
        }
        return values;
    }
}

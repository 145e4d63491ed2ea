package com.agentacademy.gift;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one question block: {@code ::name::}, a {@code [format]} prefix, the text and at most one
 * answer block in braces, which {@link AnswerReader} reads.
 */
final class QuestionReader {

    private static final Pattern FORMAT_PREFIX = Pattern.compile("\\[([A-Za-z]+)\\]");

    private final QuestionBlock block;
    private final String source;

    QuestionReader(QuestionBlock block) {
        this.block = block;
        this.source = block.text();
    }

    GiftQuestion read() {
        int start = block.skipSpace(0, source.length());
        int at = start;
        String name = null;
        if (source.startsWith("::", at)) {
            int end = Escapes.indexOf(source, "::", at + 2, source.length());
            if (end < 0) {
                throw block.invalid(at, "the question name is not closed with ::");
            }
            name = Text.stripToNull(Escapes.unescape(source.substring(at + 2, end)));
            at = block.skipSpace(end + 2, source.length());
        }
        GiftFormat format = GiftFormat.MOODLE;
        Matcher prefix = FORMAT_PREFIX.matcher(source).region(at, source.length());
        if (prefix.lookingAt()) {
            format = GiftFormat.ofKeyword(prefix.group(1)).orElseThrow(() -> block.invalid(prefix.start(),
                    "unknown text format [" + prefix.group(1) + "]; use [moodle], [html], [markdown] or [plain]"));
            at = prefix.end();
        }
        int[] braces = answerBlock(at);
        if (braces == null) {
            String text = Escapes.unescape(source.substring(at)).strip();
            return question(start, name, format, text, false, Answers.DESCRIPTION);
        }
        Answers answers = new AnswerReader(block, braces[0] + 1, braces[1]).read();
        String before = Escapes.unescape(source.substring(at, braces[0]));
        String after = Escapes.unescape(source.substring(braces[1] + 1));
        boolean missingWord = !after.isBlank();
        if (missingWord && answers.type() == GiftType.ESSAY) {
            throw block.invalid(braces[0], "an empty answer block {} makes an essay question, which cannot have"
                    + " text after it; write the answers between the braces");
        }
        if (missingWord && (before.contains(GiftQuestion.BLANK) || after.contains(GiftQuestion.BLANK))) {
            throw block.invalid(braces[0], "a missing-word question cannot contain " + GiftQuestion.BLANK
                    + " in its text, because that marks where the answer goes");
        }
        String text = (missingWord ? before + GiftQuestion.BLANK + after : before).strip();
        return question(start, name, format, text, missingWord, answers);
    }

    private GiftQuestion question(int start, String name, GiftFormat format, String text, boolean missingWord,
            Answers answers) {
        if (text.isEmpty()) {
            throw block.invalid(start, "the question has no text");
        }
        return new GiftQuestion(block.id(), block.tags(), name, block.category(), answers.type(), format, text,
                missingWord, answers.answers(), answers.matches(), answers.trueFalse(), answers.generalFeedback(),
                block.lineAt(start));
    }

    /** The offsets of the braces of the answer block, or {@code null} when there is none. */
    private int[] answerBlock(int from) {
        int open = -1;
        int close = -1;
        for (int i = from; i < source.length(); i++) {
            char here = source.charAt(i);
            if (here == '\\') {
                i++;
            } else if (here == '{' && open < 0) {
                open = i;
            } else if (here == '{' && close < 0) {
                throw block.invalid(i, "'{' inside the answer block starting at line " + block.lineAt(open)
                        + "; write \\{ for a brace in the text");
            } else if (here == '{') {
                throw block.invalid(i, "a second answer block; a question has one answer block at most");
            } else if (here == '}' && (open < 0 || close >= 0)) {
                throw block.invalid(i, "'}' without an answer block to close; write \\} for a brace in the text");
            } else if (here == '}') {
                close = i;
            }
        }
        if (open >= 0 && close < 0) {
            throw block.invalid(open, "unclosed answer block starting at line " + block.lineAt(open));
        }
        return open < 0 ? null : new int[] { open, close };
    }
}

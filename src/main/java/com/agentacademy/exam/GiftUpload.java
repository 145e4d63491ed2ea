package com.agentacademy.exam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.TextFile;
import com.agentacademy.gift.GiftDocument;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.web.UploadedFileName;

/**
 * A {@code .gift} file a trainer uploads into an exam: its questions, or every problem that keeps
 * it out, as {@code file:line: message}. Besides the parser's problems, two questions with the
 * same key would be one question of the bank, so the second is a problem too.
 *
 * @param fileName the uploaded file's name, without any folder
 * @param questions the questions, when there is no problem
 * @param problems the problems in line order
 */
record GiftUpload(String fileName, List<GiftQuestion> questions, List<ContentProblem> problems) {

    private static final int MAX_NAME_LENGTH = 100;

    GiftUpload {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    static GiftUpload read(String originalFileName, String text) {
        String fileName = displayName(originalFileName);
        GiftDocument document = GiftParser.parse(text);
        List<ContentProblem> problems = new ArrayList<>();
        document.problems().forEach(problem -> problems.add(new ContentProblem(fileName, problem.line(),
                problem.message())));
        Map<String, Integer> firstLines = new HashMap<>();
        for (GiftQuestion question : document.questions()) {
            Integer earlier = firstLines.putIfAbsent(QuestionBank.keyOf(question), question.line());
            if (earlier != null) {
                problems.add(new ContentProblem(fileName, question.line(), sameKey(question, earlier)));
            }
        }
        if (document.questions().isEmpty() && problems.isEmpty()) {
            problems.add(new ContentProblem(fileName, 1, "the file has no questions"));
        }
        problems.sort(Comparator.comparingInt(ContentProblem::line));
        return new GiftUpload(fileName, problems.isEmpty() ? document.questions() : List.of(), problems);
    }

    /** A file that is not text at all: its one problem, at the line where that shows. */
    static GiftUpload unusable(String originalFileName, TextFile.Unusable why) {
        String fileName = displayName(originalFileName);
        return new GiftUpload(fileName, List.of(), List.of(new ContentProblem(fileName, why.line(), why.getMessage())));
    }

    private static String sameKey(GiftQuestion question, int earlier) {
        return question.name() == null || question.name().isBlank()
                ? "the same question is already at line " + earlier
                : "the name \"" + question.name() + "\" is already used by the question at line " + earlier
                        + "; give each question its own [id:...] or name";
    }

    /** The name as {@link UploadedFileName} shows it, {@code upload.gift} when nothing is left. */
    static String displayName(String originalFileName) {
        String name = UploadedFileName.of(originalFileName, MAX_NAME_LENGTH);
        return name.isEmpty() ? "upload.gift" : name;
    }
}

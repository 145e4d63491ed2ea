package com.agentacademy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.agentacademy.catalog.CourseFolderCheck;
import com.agentacademy.exam.ExamDefinition;
import com.agentacademy.exam.ExamFolder;
import com.agentacademy.exam.ExamFolderReader;
import com.agentacademy.files.ContentProblem;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;
import com.agentacademy.onboarding.ProgramFolderCheck;

/**
 * {@code validate-content [--courses DIR] [--exams DIR]}: checks the {@code courses/} and
 * {@code exams/} folders, with the onboarding programs in {@code courses/_programs/}, by the rules
 * of the import and prints one line per problem
 * ({@code path:line: message}) and a {@code SUMMARY} line, for trainers' own Git workflow and CI.
 * It is plain Java: no application context starts, no web server, no database.
 */
public final class ContentValidation {

    /** The first argument that makes the application validate content instead of starting. */
    public static final String COMMAND = "validate-content";

    private static final String USAGE = "usage: " + COMMAND + " [--courses DIR] [--exams DIR]";

    private ContentValidation() {
    }

    /**
     * Validates the folders the arguments name, {@code ./courses} and {@code ./exams} unless given.
     *
     * @param args the arguments after the command's name
     * @param out where the problems and the summary are printed
     * @param err where a usage message is printed
     * @return the exit status: 0 when there is no problem, 1 when there is any, 2 for arguments
     *         the command does not know
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path courses = Path.of("courses");
        Path exams = Path.of("exams");
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size() || !(option.equals("--courses") || option.equals("--exams"))) {
                err.println(USAGE);
                return 2;
            }
            Path folder = Path.of(args.get(i + 1));
            if (option.equals("--courses")) {
                courses = folder;
            }
            else {
                exams = folder;
            }
        }
        CourseFolderCheck.Result courseCheck = CourseFolderCheck.check(courses);
        ExamFolder examFolder = new ExamFolderReader(exams, courses).read();
        List<ContentProblem> problems = new ArrayList<>(courseCheck.problems());
        problems.addAll(examFolder.problems());
        problems.addAll(ProgramFolderCheck.check(courses, exams, examFolder).problems());
        problems.forEach(out::println);
        out.println(summary(courseCheck, examFolder, problems.size()));
        return problems.isEmpty() ? 0 : 1;
    }

    /** Exams and questions count the exams without a problem, courses and modules every folder and file read. */
    private static String summary(CourseFolderCheck.Result courseCheck, ExamFolder examFolder, int errors) {
        Map<GiftType, Integer> byType = new EnumMap<>(GiftType.class);
        for (GiftType type : GiftType.values()) {
            byType.put(type, 0);
        }
        int questions = 0;
        for (ExamDefinition exam : examFolder.exams()) {
            for (GiftQuestion question : exam.questions()) {
                byType.merge(question.type(), 1, Integer::sum);
                questions++;
            }
        }
        var summary = new StringBuilder("SUMMARY");
        summary.append(" courses=").append(courseCheck.courses()).append(" modules=").append(courseCheck.modules())
                .append(" exams=").append(examFolder.exams().size()).append(" questions=").append(questions);
        byType.forEach((type, count) -> summary.append(' ').append(type.name().toLowerCase(Locale.ROOT)).append('=')
                .append(count));
        return summary.append(" errors=").append(errors).toString();
    }
}

package com.agentacademy.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.agentacademy.exam.CertificationDefinition;
import com.agentacademy.exam.ExamDefinition;
import com.agentacademy.exam.ExamFolder;
import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.TextFile;

/**
 * Checks the program files of a {@code courses/} folder ({@code _programs/*.yml}) by the rules of
 * the import, without a database: every module a program names must be a module file of
 * {@code courses/}, every exam a folder of {@code exams/}, and the go-live certification one of
 * {@code exams/certifications.yml}, granted by an exam of the last week. Each problem is named by
 * file and line.
 */
public final class ProgramFolderCheck {

    /**
     * What a check found.
     *
     * @param programs the program files read
     * @param problems every problem, as {@code path:line: message}
     */
    public record Result(int programs, List<ContentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    private ProgramFolderCheck() {
    }

    /**
     * @param coursesDir the {@code courses/} folder, whose {@code _programs/} holds the programs
     * @param examsDir the {@code exams/} folder
     * @param exams what was read of {@code exams/}: its readable exams and certifications
     */
    public static Result check(Path coursesDir, Path examsDir, ExamFolder exams) {
        ProgramFiles files = new ProgramFiles(coursesDir);
        Set<String> examFolders = examFolders(examsDir);
        Set<String> certifications = exams.certifications().stream().map(CertificationDefinition::id)
                .collect(Collectors.toSet());
        ProgramReferences references = new ProgramReferences(
                reference -> Files.isRegularFile(coursesDir.resolve(reference + ".md")), examFolders::contains,
                grants(exams.exams()), certifications::contains);
        List<ContentProblem> problems = new ArrayList<>();
        List<Path> programs = files.files();
        for (Path file : programs) {
            String where = files.display(file);
            if (!ProgramYaml.SLUG.matcher(ProgramFiles.slugOf(file)).matches()) {
                problems.add(new ContentProblem(where, 0, "a program file's name has lower-case letters, digits and "
                        + "hyphens only, then .yml"));
                continue;
            }
            try {
                problems.addAll(ProgramYaml.read(TextFile.read(file, ProgramFiles.MAX_BYTES), where, references)
                        .problems());
            }
            catch (TextFile.Unusable ex) {
                problems.add(ex.at(where));
            }
        }
        return new Result(programs.size(), problems);
    }

    private static Set<String> examFolders(Path examsDir) {
        Set<String> slugs = new HashSet<>();
        try (var entries = Files.list(examsDir)) {
            entries.filter(path -> Files.isRegularFile(path.resolve("exam.yml")))
                    .forEach(path -> slugs.add(path.getFileName().toString()));
        }
        catch (IOException missing) {
            // the exam check reports a missing or unreadable exams folder
        }
        return slugs;
    }

    private static Map<String, String> grants(List<ExamDefinition> exams) {
        Map<String, String> grants = new HashMap<>();
        exams.forEach(exam -> grants.put(exam.slug(), exam.certificationId() == null ? "" : exam.certificationId()));
        return grants;
    }
}

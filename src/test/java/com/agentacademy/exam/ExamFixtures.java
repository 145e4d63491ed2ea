package com.agentacademy.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exams fixture for other modules' tests: the three {@code quiz-*} exams granting {@code quiz},
 * and {@code advanced-auto} granting {@code advanced}, which needs {@code quiz} first.
 */
public final class ExamFixtures {

    private ExamFixtures() {
    }

    /**
     * A new temporary content folder with an empty {@code courses/} and this fixture's {@code exams/};
     * answers the folder, for {@code academy.content.courses-dir} and {@code exams-dir}.
     */
    public static Path contentFolder(String name) {
        try {
            Path root = Files.createTempDirectory("academy-" + name);
            Files.createDirectories(root.resolve("courses"));
            write(root);
            return root;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code exams/} under {@code root} and returns it. */
    public static Path write(Path root) {
        try {
            Path exams = ExamFixture.write(root, 30);
            Files.writeString(exams.resolve("certifications.yml"), """
                    certifications:
                      - id: quiz
                        name:
                          en: Quiz
                          zh-CN: 测验
                        validity-months: 12
                      - id: advanced
                        name:
                          en: Advanced quiz
                          zh-CN: 高级测验
                        validity-months: 24
                        prerequisites: [quiz]
                    """);
            Path advanced = Files.createDirectories(exams.resolve("advanced-auto"));
            Files.writeString(advanced.resolve("exam.yml"), Files.readString(exams.resolve("quiz-auto/exam.yml"))
                    .replace("certification: quiz", "certification: advanced").replace("Quiz quiz-auto", "Advanced quiz"));
            Files.copy(exams.resolve("quiz-auto/bank.gift"), advanced.resolve("bank.gift"));
            return exams;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

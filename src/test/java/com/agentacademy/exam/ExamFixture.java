package com.agentacademy.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small exams folder for attempt tests: one bank with every graded GIFT type, served by three
 * exams that differ only in what happens when time runs out.
 */
final class ExamFixture {

    /** Seven questions: one of each type that an attempt can show. */
    static final String BANK = """
            $CATEGORY: basics

            // [id:mc]
            ::Colour:: What colour is the standard case? {=Black ~White#Not this one. ~Red}

            // [id:ma]
            ::Ports:: Which does the phone have? {~%50%USB-C ~%50%SIM tray ~%-100%Headphone jack}

            // [id:tf]
            ::Water:: The phone is water resistant. {T}

            $CATEGORY: numbers

            // [id:sa]
            ::Brand:: Name the brand. {=Lumen}

            // [id:num]
            ::Battery:: Battery capacity in mAh? {#5000:100}

            // [id:match]
            ::Pairs:: Match each part with its use. {=Hinge -> folding =Lens -> photos =Cell -> power}

            $CATEGORY: writing

            // [id:essay]
            ::Reply:: Write a reply to a customer whose phone will not charge. {}
            """;

    private ExamFixture() {
    }

    /** A fresh folder that is deleted when the test JVM ends. */
    static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("academy-exams");
            folder.toFile().deleteOnExit();
            return folder;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code exams/} with the exams {@code quiz-auto}, {@code quiz-grace} and {@code quiz-abandon}. */
    static Path write(Path root, int minutes) {
        try {
            Path exams = root.resolve("exams");
            Files.createDirectories(exams);
            Files.writeString(exams.resolve("certifications.yml"), """
                    certifications:
                      - id: quiz
                        name:
                          en: Quiz
                          zh-CN: 测验
                        validity-months: 12
                    """);
            exam(exams, "quiz-auto", "autosubmit", 0, minutes);
            exam(exams, "quiz-grace", "grace", 2, minutes);
            exam(exams, "quiz-abandon", "abandon", 0, minutes);
            return exams;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void exam(Path exams, String slug, String expiry, int grace, int minutes) throws IOException {
        Path folder = Files.createDirectories(exams.resolve(slug));
        Files.writeString(folder.resolve("exam.yml"), """
                title: Quiz %s
                locale: en
                certification: quiz
                courses: []
                time-limit-minutes: %d
                pass-mark-percent: 60
                max-attempts: 2
                cooldown-hours: 1
                shuffle-questions: true
                shuffle-answers: true
                draw:
                  - category: basics
                    count: 3
                  - category: numbers
                    count: 3
                  - category: writing
                    count: 1
                time-expiry: %s
                grace-minutes: %d
                review: after-submit
                rubric:
                  - criterion: Acknowledges the problem
                    points: 2
                  - criterion: Gives a next step
                    points: 2
                """.formatted(slug, minutes, expiry, grace));
        Files.writeString(folder.resolve("bank.gift"), BANK);
    }

    /** The right answer to each question of {@link #BANK}, as the answer form sends it. */
    static String rightAnswer(String question) {
        return switch (question) {
            case "mc" -> "0";
            case "ma" -> "0,1";
            case "tf" -> "true";
            case "sa" -> "Lumen";
            case "num" -> "5000";
            default -> "0=0;1=1;2=2";
        };
    }

    /** An exam {@code slug} like {@code quiz-auto} without the essay, so that its grading is final at once. */
    static Path withoutEssay(Path exams, String slug) {
        try {
            Path folder = Files.createDirectories(exams.resolve(slug));
            Files.writeString(folder.resolve("exam.yml"), Files.readString(exams.resolve("quiz-auto/exam.yml"))
                    .replace("Quiz quiz-auto", "Quiz " + slug).replace("  - category: writing\n    count: 1\n", ""));
            Files.copy(exams.resolve("quiz-auto/bank.gift"), folder.resolve("bank.gift"));
            return exams;
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

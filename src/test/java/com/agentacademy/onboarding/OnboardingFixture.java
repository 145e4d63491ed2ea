package com.agentacademy.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.agentacademy.exam.ExamFixtures;

/**
 * A small content folder for onboarding tests: a four-module course, the exam fixtures plus
 * {@code quick-auto} (six objective questions, grants {@code quiz}), and a three-week program
 * that ends with {@code advanced-auto}, which grants the go-live certification {@code advanced}.
 */
final class OnboardingFixture {

    static final String PROGRAM = """
            title:
              en: Starter program
              zh-CN: 入门计划
            summary:
              en: Three short weeks.
            weeks:
              - title: { en: First week, zh-CN: 第一周 }
                modules: [starter/01-welcome, starter/02-products]
                exams: [quick-auto]
              - title: { en: Second week, zh-CN: 第二周 }
                modules: [starter/03-calls]
                exams: []
              - title: { en: Go-live, zh-CN: 上岗 }
                modules: [starter/04-tickets]
                exams: [advanced-auto]
            go-live-certification: advanced
            """;

    private OnboardingFixture() {
    }

    /** Writes {@code courses/} and {@code exams/} into a new temporary folder and returns it. */
    static Path write(String name) {
        try {
            Path root = Files.createTempDirectory("academy-" + name);
            Path course = Files.createDirectories(root.resolve("courses/starter"));
            Files.writeString(course.resolve("course.yml"), """
                    title:
                      en: Starter
                      zh-CN: 入门
                    summary:
                      en: The first things a new hire reads.
                    track: service-manual
                    order: 1
                    minutes: 20
                    prerequisites: []
                    """);
            module(course, "01-welcome", "Welcome", "Welcome to the call centre.");
            module(course, "02-products", "Our phones", "The Lumen phones in one page.");
            module(course, "03-calls", "Your first calls", "Greet, verify, solve, close.");
            module(course, "04-tickets", "Tickets", "Every escalation is a ticket you follow to its end.");
            Files.createDirectories(root.resolve("courses/_programs"));
            Files.writeString(root.resolve("courses/_programs/starter-program.yml"), PROGRAM);
            Path exams = ExamFixtures.write(root);
            Path quick = Files.createDirectories(exams.resolve("quick-auto"));
            Files.writeString(quick.resolve("exam.yml"), Files.readString(exams.resolve("quiz-auto/exam.yml"))
                    .replace("Quiz quiz-auto", "Quick quiz").replace("  - category: writing\n    count: 1\n", ""));
            Files.copy(exams.resolve("quiz-auto/bank.gift"), quick.resolve("bank.gift"));
            return root;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void module(Path course, String file, String title, String body) throws IOException {
        Files.writeString(course.resolve(file + ".md"), "---\ntitle: " + title + "\nminutes: 5\n---\n" + body + "\n");
    }
}

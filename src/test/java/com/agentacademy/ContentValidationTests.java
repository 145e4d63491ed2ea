package com.agentacademy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate-content}: problems as path:line: message, one summary line, an exit status for CI. */
class ContentValidationTests {

    private static final String SUMMARY_FORMAT = "SUMMARY courses=\\d+ modules=\\d+ exams=\\d+ questions=\\d+"
            + " multichoice=\\d+ multianswer=\\d+ truefalse=\\d+ shortanswer=\\d+ numerical=\\d+ matching=\\d+"
            + " essay=\\d+ description=\\d+ errors=\\d+";

    private static final List<String> BROKEN_OUTPUT = List.of(
            "courses/phones/course.yml:3: unknown or missing track \"gardening\" (one of products, troubleshooting,"
                    + " service-manual, after-sales, communication, privacy-compliance, english)",
            "courses/phones/images/fake.png:1: not a PNG, JPEG, GIF or WebP image",
            "courses/phones/01-screens.md:2: missing title",
            "courses/phones/02-links.md:5: Image not found: images/hinge.png",
            "courses/phones/02-links.zh-CN.md:5: Module not found: 01-screens.zh-CN.md",
            "courses/phones/03-only-chinese.zh-CN.md:1: the English file 03-only-chinese.md is missing;"
                    + " every module has an English variant",
            "courses/phones/04-check.md:8: knowledge check: multiple-choice question has no right answer: mark it"
                    + " with =, or give the right answers positive weights such as ~%50%",
            "exams/bad-encoding/exam.yml:1: not UTF-8 text from this line on; save the file as UTF-8",
            "exams/basics/bank.gift:5: unclosed answer block starting at line 5",
            "exams/basics/exam.yml:4: course \"ghost\" is not a folder in courses/",
            "exams/basics/exam.yml:6: pass-mark-percent must be a whole number from 1 to 100",
            "SUMMARY courses=1 modules=5 exams=1 questions=2 multichoice=0 multianswer=0 truefalse=1 shortanswer=0"
                    + " numerical=0 matching=0 essay=1 description=0 errors=11");

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void brokenContent() throws IOException {
        write("courses/phones/course.yml", "title:\n  en: Phones\ntrack: gardening\n");
        write("courses/phones/01-screens.md", "---\nminutes: 5\n---\nBody\n");
        write("courses/phones/02-links.md", "---\ntitle: Links\nminutes: 5\n---\n"
                + "See ![the hinge](images/hinge.png) and [screens](01-screens.md).\n");
        write("courses/phones/02-links.zh-CN.md", "---\ntitle: 链接\nminutes: 5\n---\n见 [屏幕](01-screens.zh-CN.md)。\n");
        write("courses/phones/03-only-chinese.zh-CN.md", "---\ntitle: 仅中文\nminutes: 5\n---\n正文\n");
        write("courses/phones/04-check.md", "---\ntitle: Check\nminutes: 5\n---\nIntro\n\n```gift\nWhich? {~a ~b}\n```\n");
        write("courses/phones/images/fake.png", "not a picture at all");
        write("exams/certifications.yml", "certifications:\n  - id: basics\n    name: {en: Basics}\n    validity-months: 12\n");
        write("exams/basics/exam.yml", "title: Basics\nlocale: en\ncertification: basics\ncourses: [phones, ghost]\n"
                + "time-limit-minutes: 20\npass-mark-percent: 0\n");
        write("exams/basics/bank.gift", "// [id:b1]\nThe A30 has a 90 Hz screen. {T}\n\n// [id:b2]\nPick one. {=a =b\n");
        write("exams/good/exam.yml", "title: Good\nlocale: zh-CN\ntime-limit-minutes: 20\npass-mark-percent: 60\n");
        write("exams/good/bank.gift", "A30 的屏幕刷新率是 90 Hz。{T}\n\n请说明如何安抚来电客户。{}\n");
        write("exams/good/notes.gift", "");
        write("exams/bad-encoding/bank.gift", "A question. {T}\n");
        Files.write(root.resolve("exams/bad-encoding/exam.yml"), new byte[] { 't', ':', ' ', (byte) 0xE6, 0x20 });
    }

    @Test
    void theShippedContentHasNoProblemAndCountsEveryCourseModuleExamAndQuestion() {
        int status = ContentValidation.run(List.of("--courses", "courses", "--exams", "exams"), print(out), print(err));

        assertThat(status).isZero();
        assertThat(output()).containsExactly("SUMMARY courses=8 modules=84 exams=12 questions=366 multichoice=145"
                + " multianswer=52 truefalse=55 shortanswer=22 numerical=46 matching=32 essay=8 description=6 errors=0");
    }

    @Test
    void printsEveryProblemOfABrokenFolderAndFails() {
        int status = ContentValidation.run(List.of("--courses", root.resolve("courses").toString(), "--exams",
                root.resolve("exams").toString()), print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(output()).containsExactlyElementsOf(BROKEN_OUTPUT);
    }

    @Test
    void endsWithExactlyOneSummaryLineWhoseTypesAddUpToTheQuestions() {
        ContentValidation.run(List.of("--courses", "courses", "--exams", root.resolve("exams").toString()), print(out),
                print(err));

        List<String> lines = output();
        assertThat(lines).filteredOn(line -> line.startsWith("SUMMARY")).hasSize(1);
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).matches(SUMMARY_FORMAT);
        int[] numbers = java.util.Arrays.stream(summary.split(" ")).skip(1).mapToInt(part -> Integer.parseInt(part
                .substring(part.indexOf('=') + 1))).toArray();
        assertThat(numbers[4] + numbers[5] + numbers[6] + numbers[7] + numbers[8] + numbers[9] + numbers[10] + numbers[11])
                .isEqualTo(numbers[3]);
    }

    @Test
    void checksTheProgramsOfTheCoursesFolderToo() throws IOException {
        write("courses/_programs/onboarding.yml", """
                title: { en: Onboarding }
                weeks:
                  - title: { en: Phones }
                    modules: [phones/02-links, phones/07-gone]
                    exams: [basics, good]
                go-live-certification: basics
                """);

        int status = ContentValidation.run(List.of("--courses", root.resolve("courses").toString(), "--exams",
                root.resolve("exams").toString()), print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(output()).contains("courses/_programs/onboarding.yml:4: unknown module \"phones/07-gone\": there is"
                + " no courses/phones/07-gone.md");
        assertThat(output().get(output().size() - 1)).endsWith(" errors=12");
    }

    @Test
    void reportsMissingFolders() {
        int status = ContentValidation.run(List.of("--courses", root.resolve("nothing").toString(), "--exams",
                root.resolve("none").toString()), print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(output()).containsExactly(root.resolve("nothing") + ":1: the courses folder does not exist",
                root.resolve("none") + ":1: the exams folder does not exist",
                "SUMMARY courses=0 modules=0 exams=0 questions=0 multichoice=0 multianswer=0 truefalse=0 shortanswer=0"
                        + " numerical=0 matching=0 essay=0 description=0 errors=2");
    }

    @Test
    void refusesArgumentsItDoesNotKnow() {
        int status = ContentValidation.run(List.of("--course", "courses"), print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: validate-content [--courses DIR] [--exams DIR]");
    }

    /**
     * The command as the jar runs it: the application's main method in a JVM of its own, in the
     * folder being checked. It exits with the status and starts no Spring context, so there is no
     * banner, no log and no embedded database under {@code ./data}.
     */
    @Test
    void theApplicationRunsTheCommandWithoutStartingSpring() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AcademyApplication.class.getName(), "validate-content").directory(root.toFile())
                .redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(printed.lines().toList()).containsExactlyElementsOf(BROKEN_OUTPUT);
        assertThat(root.resolve("data")).doesNotExist();
    }

    private List<String> output() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

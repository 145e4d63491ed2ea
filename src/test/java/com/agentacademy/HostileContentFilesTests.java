package com.agentacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile YAML and GIFT in every place the content folders hold them: {@code course.yml}, a
 * module's front matter, {@code exam.yml}, {@code certifications.yml}, a program file and a
 * {@code .gift} bank. Each is refused as {@code path:line: message} at the line where it is,
 * without hanging and within a small heap, and the other files are still read.
 */
class HostileContentFilesTests {

    /** Long enough for any machine, short enough that a bomb that hangs fails instead of stalling the build. */
    static final Duration HANG = Duration.ofSeconds(60);

    /** A hostile text, the line of the text the refusal must name and words the message must have. */
    record Hostile(String name, String text, int line, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every place YAML is read from, the file's path and the text around the YAML. */
    enum Place {
        COURSE_FILE("courses/basics/course.yml", "", ""),
        FRONT_MATTER("courses/basics/02-more.md", "---\n", "---\nBody.\n"),
        EXAM_SETTINGS("exams/basics-en/exam.yml", "", ""),
        CERTIFICATIONS("exams/certifications.yml", "", ""),
        PROGRAM("courses/_programs/starter.yml", "", "");

        final String path;
        final String before;
        final String after;

        Place(String path, String before, String after) {
            this.path = path;
            this.before = before;
            this.after = after;
        }

        /** Lines the file has before the YAML starts. */
        int offset() {
            return (int) before.chars().filter(c -> c == '\n').count();
        }
    }

    static List<Hostile> hostileYaml() {
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c).append(": &").append(c).append(" [");
            laughs.append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        StringBuilder deepBlocks = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deepBlocks.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        StringBuilder manyKeys = new StringBuilder("title: x\n");
        for (int i = 0; i < 12_000; i++) {
            manyKeys.append("k").append(i).append(": ").append(i).append('\n');
        }
        return List.of(
                new Hostile("billion laughs", laughs.toString(), 1, "aliases"),
                new Hostile("anchor inside its own list", "title: x\nloop: &me [*me]\n", 2, "inside its own value"),
                new Hostile("anchor inside its own mapping", "title: x\nloop: &me {again: *me}\n", 2, "inside its own value"),
                new Hostile("deep flow nesting", "title: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n", 1,
                        "nested more than 20 levels"),
                new Hostile("deep block nesting", deepBlocks.toString(), 1, "nested more than 20 levels"),
                new Hostile("twelve thousand keys", manyKeys.toString(), 1, "too large"),
                new Hostile("a key twice", "title: x\nminutes: 5\ntitle: y\n", 3, "\"title\" is already given at line"),
                new Hostile("NUL byte", "title: x\nminutes: 5\nnote: a\u0000b\n", 3, "control character U+0000"),
                new Hostile("escape character", "title: x\nnote: \u001b[31m\n", 2, "control character U+001B"),
                new Hostile("unclosed flow list", "title: x\nweeks: [a, b\nminutes: 5\n", 2, "not valid YAML"),
                new Hostile("Java object tag", "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n", 1, "not valid YAML"),
                new Hostile("two documents", "title: x\n---\ntitle: y\n", 2, "a second document"),
                new Hostile("a list instead of keys", "- title\n- minutes\n", 1, "expected keys and values"));
    }

    static Stream<Arguments> hostileYamlInEveryPlace() {
        List<Arguments> all = new ArrayList<>();
        for (Place place : Place.values()) {
            for (Hostile hostile : hostileYaml()) {
                // in a module, a --- line ends the front matter: what follows is the body, not a second document
                if (place != Place.FRONT_MATTER || !hostile.name().equals("two documents")) {
                    all.add(Arguments.of(place, hostile));
                }
            }
        }
        return all.stream();
    }

    @TempDir
    Path root;

    @BeforeEach
    void writeGoodContent() throws IOException {
        write("courses/basics/course.yml", "title: {en: Basics, zh-CN: 基础}\ntrack: service-manual\n");
        write("courses/basics/01-intro.md", "---\ntitle: Intro\nminutes: 5\n---\nHello.\n");
        write("courses/basics/02-more.md", "---\ntitle: More\nminutes: 5\n---\nMore.\n");
        write("courses/_programs/starter.yml", """
                title: {en: Starter, zh-CN: 入门}
                weeks:
                  - title: {en: First week, zh-CN: 第一周}
                    modules: [basics/01-intro]
                    exams: [basics-en]
                """);
        write("exams/certifications.yml", """
                certifications:
                  - id: basics
                    name: {en: Basics, zh-CN: 基础认证}
                    validity-months: 12
                """);
        write("exams/basics-en/exam.yml", """
                title: Basics exam
                locale: en
                certification: basics
                courses: [basics]
                time-limit-minutes: 10
                pass-mark-percent: 80
                max-attempts: 3
                cooldown-hours: 24
                draw:
                  - category: basics
                    count: 1
                """);
        write("exams/basics-en/basics.gift", "$CATEGORY: basics\n\n// [id:b1]\n::b1::Is this a question? {T}\n");
    }

    @Test
    void theGoodContentHasNoProblem() {
        assertThat(validate()).containsExactly(
                "SUMMARY courses=1 modules=2 exams=1 questions=1 multichoice=0 multianswer=0 truefalse=1 shortanswer=0"
                        + " numerical=0 matching=0 essay=0 description=0 errors=0");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("hostileYamlInEveryPlace")
    void hostileYamlIsRefusedAtItsLine(Place place, Hostile hostile) throws IOException {
        write(place.path, place.before + hostile.text() + place.after);

        List<String> output = assertTimeoutPreemptively(HANG, this::validate);

        assertThat(output).anySatisfy(line -> assertThat(line)
                .startsWith(place.path + ":" + (place.offset() + hostile.line()) + ": ").contains(hostile.message()));
        assertThat(output.get(output.size() - 1)).doesNotEndWith("errors=0");
    }

    @Test
    void invalidUtf8IsRefusedAtTheLineOfTheFirstBadByte() throws IOException {
        for (Place place : Place.values()) {
            byte[] bytes = (place.before + "title: x\nnote: ").getBytes(StandardCharsets.UTF_8);
            byte[] broken = new byte[bytes.length + 3];
            System.arraycopy(bytes, 0, broken, 0, bytes.length);
            broken[bytes.length] = (byte) 0xC3;
            broken[bytes.length + 1] = (byte) 0x28;
            broken[bytes.length + 2] = '\n';
            Files.write(root.resolve(place.path), broken);
        }

        List<String> output = validate();

        for (Place place : Place.values()) {
            assertThat(output).contains(place.path + ":" + (place.offset() + 2)
                    + ": not UTF-8 text from this line on; save the file as UTF-8");
        }
    }

    @Test
    void mixedLineEndingsAreReadAsLineBreaks() throws IOException {
        write("courses/basics/course.yml", "title: {en: Basics, zh-CN: 基础}\r\ntrack: service-manual\rorder: 5\n");
        write("courses/basics/02-more.md", "---\r\ntitle: More\rminutes: 5\n---\r\nMore.\r\n");

        assertThat(validate()).last().asString().endsWith("errors=0");
    }

    @Test
    void hugeFilesAreRefusedBeforeTheyAreRead() throws IOException {
        String huge = "title: x\nnote: " + "x".repeat(2 * 1024 * 1024) + "\n";
        for (Place place : Place.values()) {
            write(place.path, place.before + huge + place.after);
        }
        write("exams/basics-en/basics.gift", "::q::" + "x".repeat(6 * 1024 * 1024) + " {T}\n");

        List<String> output = assertTimeoutPreemptively(HANG, this::validate);

        for (Place place : Place.values()) {
            assertThat(output).anySatisfy(line -> assertThat(line).startsWith(place.path + ":1: ")
                    .containsAnyOf("larger than", "at most"));
        }
        assertThat(output).anySatisfy(line -> assertThat(line).startsWith("exams/basics-en/basics.gift:1: ")
                .contains("larger than"));
    }

    /**
     * {@code /proc/self/pagemap} says it is an empty regular file and reads as hundreds of
     * gigabytes: a file's size cannot be trusted, so no more than the limit is ever read.
     */
    @Test
    void aLinkToAFileThatLiesAboutItsSizeIsRefusedWithoutReadingItAll() throws IOException {
        Path endless = Path.of("/proc/self/pagemap");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(endless), "needs Linux's /proc");
        List<String> paths = List.of("courses/basics/course.yml", "courses/basics/02-more.md",
                "courses/basics/images/photo.png", "courses/_programs/starter.yml", "exams/certifications.yml",
                "exams/basics-en/exam.yml", "exams/basics-en/basics.gift");
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createSymbolicLink(file, endless);
        }

        List<String> output = assertTimeoutPreemptively(HANG, this::validate);

        for (String path : paths) {
            assertThat(output).anySatisfy(line -> assertThat(line).startsWith(path + ":1: "));
        }
        assertThat(output.get(output.size() - 1)).endsWith("errors=" + paths.size());
    }

    static List<Hostile> hostileGift() {
        return List.of(
                new Hostile("NUL byte", "::q1::Fine {T}\n\n::q2::Bad\u0000 {T}\n", 3, "control character U+0000"),
                new Hostile("deep braces", "::q::" + "{".repeat(100_000) + "}".repeat(100_000) + "\n", 1, ""),
                new Hostile("unclosed answer block", "::q1::Fine {T}\n\n::q2::Open {=a ~b\n", 3, "unclosed"),
                new Hostile("a million tildes", "::q::Pick {=a " + "~".repeat(1_000_000) + "}\n", 1, ""),
                new Hostile("backspace character", "::q::Pick\b {T}\n", 1, "control character U+0008"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileGift")
    void hostileGiftIsRefusedAtItsLine(Hostile hostile) throws IOException {
        write("exams/basics-en/basics.gift", hostile.text());

        List<String> output = assertTimeoutPreemptively(HANG, this::validate);

        assertThat(output).anySatisfy(line -> assertThat(line)
                .startsWith("exams/basics-en/basics.gift:" + hostile.line() + ": ").contains(hostile.message()));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> validate() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        ContentValidation.run(List.of("--courses", root.resolve("courses").toString(), "--exams",
                root.resolve("exams").toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}

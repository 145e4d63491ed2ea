package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.agentacademy.files.ContentProblem;

/** Importing a courses/ folder: good files land, broken ones are named by file and line, nothing is lost. */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:course-import;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class CourseImportTests {

    static final Path ROOT = createRoot();

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("academy.content.courses-dir", () -> ROOT.resolve("courses").toString());
    }

    @Autowired
    CourseImport courseImport;

    @Autowired
    CourseRepository courses;

    @Autowired
    CourseModuleRepository modules;

    @Autowired
    ModuleRevisionRepository revisions;

    @Autowired
    CourseImageRepository images;

    @BeforeEach
    void emptyFolder() throws IOException {
        FileSystemUtils.deleteRecursively(ROOT.resolve("courses"));
        Files.createDirectories(ROOT.resolve("courses"));
    }

    @Test
    void aGoodCourseImportsWithItsLanguagesImagesAndKnowledgeChecks() throws IOException {
        goodCourse("phones-101");

        ImportReport report = courseImport.importAll("test", null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.modulesCreated()).isEqualTo(3);
        Course course = courses.findBySlug("phones-101").orElseThrow();
        assertThat(course.getTitleZh()).isEqualTo("手机入门");
        assertThat(course.getTrack()).isEqualTo(Track.PRODUCTS);
        CourseModule first = modules.findByCourseIdAndSlug(course.getId(), "screens").orElseThrow();
        ModuleRevision english = revisions.findFirstByModuleIdAndLocaleOrderByNumberDesc(first.getId(), "en").orElseThrow();
        assertThat(english.getStatus()).isEqualTo(ModuleRevision.Status.PUBLISHED);
        assertThat(english.getHtml()).contains("<table").contains("/courses/phones-101/images/hinge.png")
                .contains("kc-question");
        assertThat(revisions.findFirstByModuleIdAndLocaleOrderByNumberDesc(first.getId(), "zh-CN").orElseThrow().getTitle())
                .isEqualTo("屏幕");
        assertThat(images.findByCourseIdAndName(course.getId(), "hinge.png")).isPresent();
    }

    @Test
    void brokenFilesAreReportedByFileAndLineAndEveryOtherFileStillImports() throws IOException {
        goodCourse("phones-104");
        write("courses/bad-yaml/course.yml", "title:\n  en: Broken\ntrack: [products\n");
        write("courses/bad-track/course.yml", "title:\n  en: Bad track\ntrack: gardening\norder: 1\n");
        write("courses/bad-track/01-x.md", "---\ntitle: X\nminutes: 5\n---\nText\n");
        write("courses/phones-104/04-no-title.md", "---\nminutes: 5\n---\nBody\n");
        write("courses/phones-104/05-missing-image.md", "---\ntitle: Pictures\nminutes: 5\n---\nIntro\n\n![hinge](images/nope.png)\n");
        write("courses/phones-104/06-missing-module.md", "---\ntitle: Links\nminutes: 5\n---\nSee [the other one](09-ghost.md).\n");

        ImportReport report = courseImport.importAll("test", null);

        assertThat(report.problems()).extracting(ContentProblem::toString).contains(
                "courses/bad-track/course.yml:3: unknown or missing track \"gardening\" (one of products, troubleshooting, service-manual, after-sales, communication, privacy-compliance, english)",
                "courses/phones-104/04-no-title.md:2: missing title",
                "courses/phones-104/05-missing-image.md:7: Image not found: images/nope.png",
                "courses/phones-104/06-missing-module.md:5: Module not found: 09-ghost.md");
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("courses/bad-yaml/course.yml");
            assertThat(problem.line()).isEqualTo(3);
        });
        assertThat(report.modulesCreated()).isEqualTo(3);
        assertThat(courses.findBySlug("bad-track")).isEmpty();
    }

    @Test
    void aChangedFileBecomesANewRevisionAndAnUnchangedOneIsSkipped() throws IOException {
        goodCourse("phones-102");
        courseImport.importAll("test", null);
        write("courses/phones-102/02-batteries.md", "---\ntitle: Batteries\nminutes: 9\n---\nNow with 5,500 mAh.\n");

        ImportReport report = courseImport.importAll("test", null);

        assertThat(report.modulesUpdated()).isEqualTo(1);
        assertThat(report.modulesUnchanged()).isEqualTo(2);
        long batteries = modules.findByCourseIdAndSlug(courses.findBySlug("phones-102").orElseThrow().getId(), "batteries")
                .orElseThrow().getId();
        List<ModuleRevision> history = revisions.findByModuleIdAndLocaleOrderByNumberDesc(batteries, "en");
        assertThat(history).extracting(ModuleRevision::getNumber).containsExactly(2, 1);
        assertThat(history.get(0).getMarkdown()).contains("5,500 mAh");
    }

    @Test
    void aMissingOrBrokenFileRemovesNothing() throws IOException {
        goodCourse("phones-103");
        courseImport.importAll("test", null);
        Files.delete(ROOT.resolve("courses/phones-103/02-batteries.md"));
        write("courses/phones-103/01-screens.md", "---\ntitle: [unclosed\n---\nBroken now\n");
        write("courses/phones-103/course.yml", "title: {en: Phones\n");

        ImportReport report = courseImport.importAll("test", null);

        assertThat(report.problems()).extracting(ContentProblem::path)
                .contains("courses/phones-103/01-screens.md", "courses/phones-103/course.yml");
        Course course = courses.findBySlug("phones-103").orElseThrow();
        assertThat(course.getTitleEn()).isEqualTo("Phones 101");
        assertThat(modules.findByCourseIdOrderByPositionAsc(course.getId())).hasSize(2);
        long screens = modules.findByCourseIdAndSlug(course.getId(), "screens").orElseThrow().getId();
        assertThat(revisions.findFirstByModuleIdAndLocaleOrderByNumberDesc(screens, "en").orElseThrow().getMarkdown())
                .contains("LTPO");
    }

    @Test
    void hostileFilesAreReportedAtTheirLinesAndChangeNothingThatWasImported() throws IOException {
        goodCourse("phones-105");
        courseImport.importAll("test", null);
        Course before = courses.findBySlug("phones-105").orElseThrow();
        List<String> markdownBefore = revisions.findAll().stream().map(ModuleRevision::getMarkdown).sorted().toList();
        write("courses/phones-105/course.yml", "title: {en: Hijacked}\ntrack: products\nloop: &me [*me]\n");
        write("courses/phones-105/01-screens.md", "---\ntitle: Screens\nminutes: 6\n---\nNow with a NUL\u0000 in it.\n");
        write("courses/phones-105/02-batteries.md", "---\ntitle: Batteries\nminutes: 8\nminutes: 9\n---\nChanged.\n");
        write("courses/phones-105/01-screens.zh-CN.md", "---\ntitle: 屏幕\nminutes: 6\n---\nm\n: d\n\n--\n<c>\n:\n");
        write("courses/phones-105/images/hinge.png", "<!DOCTYPE html><script>alert(1)</script>");
        write("courses/phones-105/images/logo.svg", "<svg onload=alert(1)></svg>");

        ImportReport report = courseImport.importAll("test", null);

        assertThat(report.problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "courses/phones-105/course.yml:3: the anchor &me is used inside its own value; write the value out instead",
                "courses/phones-105/images/hinge.png:1: not a PNG, JPEG, GIF or WebP image",
                "courses/phones-105/images/logo.svg:1: not a PNG, JPEG, GIF or WebP image",
                "courses/phones-105/01-screens.md:5: contains the control character U+0000, which text does not have;"
                        + " is this a binary file?",
                "courses/phones-105/01-screens.zh-CN.md:9: Raw HTML is not shown: write Markdown instead",
                "courses/phones-105/02-batteries.md:4: the key \"minutes\" is already given at line 3");
        Course after = courses.findBySlug("phones-105").orElseThrow();
        assertThat(after.details()).isEqualTo(before.details());
        assertThat(revisions.findAll().stream().map(ModuleRevision::getMarkdown).sorted().toList()).isEqualTo(markdownBefore);
        assertThat(images.findByCourseIdAndName(after.getId(), "hinge.png").orElseThrow().getBytes()).isEqualTo(TinyPng.BYTES);
        assertThat(images.findByCourseIdAndName(after.getId(), "logo.svg")).isEmpty();
    }

    @Test
    void theShippedCoursesImportWithoutAProblem() {
        var shipped = new CourseImport(new CourseContentProperties(Path.of("courses"), false), courses, modules,
                revisions, images, runs, rendering, publishing, transactions, audit, java.time.Clock.systemUTC());

        ImportReport report = shipped.importAll("test", null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.courses()).isGreaterThanOrEqualTo(8);
        assertThat(report.modulesCreated() + report.modulesUnchanged() + report.modulesUpdated()).isGreaterThanOrEqualTo(80);
    }

    @Autowired
    ContentImportRunRepository runs;

    @Autowired
    com.agentacademy.security.AuditTrail audit;

    @Autowired
    ModuleRendering rendering;

    @Autowired
    ModulePublishing publishing;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private void goodCourse(String slug) throws IOException {
        write("courses/" + slug + "/course.yml", """
                title:
                  en: Phones 101
                  zh-CN: 手机入门
                summary:
                  en: The basics.
                  zh-CN: 基础知识。
                track: products
                order: 1
                minutes: 20
                prerequisites: []
                """);
        write("courses/" + slug + "/01-screens.md", """
                ---
                title: Screens
                minutes: 6
                ---
                ## Refresh rates

                | model | Hz |
                | --- | --- |
                | P70 | 120 |

                ![The hinge](images/hinge.png)

                See also [batteries](02-batteries.md).

                ```gift
                ::hz::LTPO screens adapt from 1 to how many Hz? {=120 ~60 ~90}
                ```
                """);
        write("courses/" + slug + "/01-screens.zh-CN.md", "---\ntitle: 屏幕\nminutes: 6\n---\n## 刷新率\n\nLTPO 屏幕。\n");
        write("courses/" + slug + "/02-batteries.md", "---\ntitle: Batteries\nminutes: 8\n---\nAbout 5,000 mAh.\n");
        Files.createDirectories(ROOT.resolve("courses/" + slug + "/images"));
        Files.write(ROOT.resolve("courses/" + slug + "/images/hinge.png"), TinyPng.BYTES);
    }

    private static void write(String path, String text) throws IOException {
        Path file = ROOT.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("course-import");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

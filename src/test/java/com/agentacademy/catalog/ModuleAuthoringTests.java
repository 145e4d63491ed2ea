package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts, publishing, history, diff, restore, two editors at once, and export → import. */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:module-authoring;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ModuleAuthoringTests {

    @Autowired
    CourseRepository courses;

    @Autowired
    CourseModuleRepository modules;

    @Autowired
    ModuleRevisionRepository revisions;

    @Autowired
    ModulePublishing publishing;

    @Autowired
    ModuleRendering rendering;

    @Autowired
    CourseExport export;

    @Autowired
    CourseImageRepository images;

    @Autowired
    ContentImportRunRepository runs;

    @Autowired
    com.agentacademy.security.AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void publishingKeepsEveryRevisionAndTheDiffShowsWhatChanged() {
        CourseModule module = newModule("history-course");
        ModuleRevision first = publish(module, "Greeting", "Say your name.\nSay your agent number.\n", null);
        ModuleRevision second = publish(module, "Greeting", "Say your name.\nAsk how you can help.\n", first);

        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(revisions.findByModuleIdAndLocaleOrderByNumberDesc(module.getId(), "en"))
                .extracting(ModuleRevision::getStatus)
                .containsExactly(ModuleRevision.Status.PUBLISHED, ModuleRevision.Status.PUBLISHED);
        List<DiffLine> diff = TextDiff.lines(first.getMarkdown(), second.getMarkdown());
        assertThat(diff).filteredOn(line -> line.kind() == DiffLine.Kind.REMOVED).extracting(DiffLine::text)
                .containsExactly("Say your agent number.");
        assertThat(diff).filteredOn(line -> line.kind() == DiffLine.Kind.ADDED).extracting(DiffLine::text)
                .containsExactly("Ask how you can help.");
    }

    @Test
    void restoringAnOldRevisionMakesItTheDraftWithoutTouchingWhatIsPublished() {
        CourseModule module = newModule("restore-course");
        ModuleRevision first = publish(module, "Escalation", "Tier 1, tier 2, tier 3.\n", null);
        ModuleRevision second = publish(module, "Escalation", "Only two tiers.\n", first);

        ModuleRevision draft = transactions.execute(status -> publishing.restore(module, first, 1L));

        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.getNumber()).isEqualTo(3);
        assertThat(draft.getMarkdown()).isEqualTo("Tier 1, tier 2, tier 3.\n");
        assertThat(revisions.findFirstByModuleIdAndLocaleAndStatusOrderByNumberDesc(module.getId(), "en",
                ModuleRevision.Status.PUBLISHED).orElseThrow().getId()).isEqualTo(second.getId());
    }

    @Test
    void theSecondOfTwoEditorsWhoOpenedTheSameRevisionIsRefused() {
        CourseModule module = newModule("locking-course");
        ModuleRevision base = publish(module, "Identity", "Check two things.\n", null);

        var first = edit("Identity", "Check an SMS code and one more thing.\n", base);
        var second = edit("Identity", "Check the order number.\n", base);
        publishing.saveDraft(module, ContentLocale.EN, first, render("x"), 1L);

        assertThatThrownBy(() -> publishing.saveDraft(module, ContentLocale.EN, second, render("y"), 2L))
                .isInstanceOf(ModulePublishing.Conflict.class);
        assertThat(publishing.latest(module.getId(), ContentLocale.EN).orElseThrow().getMarkdown())
                .isEqualTo("Check an SMS code and one more thing.\n");
    }

    @Test
    void anExportedCourseReimportsAsTheSameContent(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        CourseModule module = newModule("export-course");
        images.save(new CourseImage(module.getCourseId(), "hinge.png", ImageType.PNG, TinyPng.BYTES,
                com.agentacademy.files.ContentHash.of(TinyPng.BYTES), java.time.Clock.systemUTC()));
        publish(module, "Hinges 折叠屏", "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n![hinge](images/hinge.png)\n", null);
        Course course = courses.findById(module.getCourseId()).orElseThrow();

        var zip = new ByteArrayOutputStream();
        export.write(course, zip);
        unzip(zip.toByteArray(), folder);
        var again = new CourseImport(new CourseContentProperties(folder, false), courses, modules, revisions, images,
                runs, rendering, publishing, transactions, audit, java.time.Clock.systemUTC());
        ImportReport report = again.importAll("test", null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.modulesCreated() + report.modulesUpdated()).isZero();
        assertThat(report.modulesUnchanged()).isEqualTo(1);
        assertThat(Files.readString(folder.resolve("export-course/course.yml"))).contains("track: products");
        assertThat(courses.findBySlug("export-course").orElseThrow().details()).isEqualTo(course.details());
    }

    private CourseModule newModule(String slug) {
        Course course = new Course(slug);
        course.describe(new Course.Details("Course " + slug, "课程", "Summary", null, Track.PRODUCTS, 1, 10, List.of()));
        course = courses.save(course);
        return modules.save(new CourseModule(course.getId(), "intro", 1));
    }

    private ModuleRevision publish(CourseModule module, String title, String markdown, ModuleRevision base) {
        return publishing.publish(module, ContentLocale.EN, edit(title, markdown, base),
                rendering.render(courseSlug(module), markdown, Set.of("hinge.png"), Set.of(), Locale.ENGLISH).rendered(),
                1L);
    }

    private String courseSlug(CourseModule module) {
        return courses.findById(module.getCourseId()).orElseThrow().getSlug();
    }

    private static ModulePublishing.Edit edit(String title, String markdown, ModuleRevision base) {
        return new ModulePublishing.Edit(title, 5, markdown, false, null, base == null ? null : base.getId(),
                base == null ? null : base.getVersion());
    }

    private RenderedModule render(String markdown) {
        return rendering.render("locking-course", markdown, Set.of(), Set.of(), Locale.ENGLISH).rendered();
    }

    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }
}

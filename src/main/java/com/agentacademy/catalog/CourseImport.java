package com.agentacademy.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.files.ContentHash;
import com.agentacademy.files.ContentProblem;
import com.agentacademy.security.AuditTrail;

/**
 * Imports the {@code courses/} folder: every course folder's {@code course.yml}, its module files
 * in each language and its images. A file whose content is already there is skipped; a changed
 * module file becomes a new published revision. A broken file is reported as
 * {@code path:line: message} and skipped, and nothing that was imported before is removed, whatever
 * is missing or broken now. Each course is imported in its own transaction.
 */
@Service
class CourseImport {

    private static final Logger log = LoggerFactory.getLogger(CourseImport.class);

    private final CourseContentProperties properties;
    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final ModuleRevisionRepository revisions;
    private final CourseImageRepository images;
    private final ContentImportRunRepository runs;
    private final ModuleRendering rendering;
    private final ModulePublishing publishing;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    CourseImport(CourseContentProperties properties, CourseRepository courses, CourseModuleRepository modules,
            ModuleRevisionRepository revisions, CourseImageRepository images, ContentImportRunRepository runs,
            ModuleRendering rendering, ModulePublishing publishing, TransactionTemplate transactions, AuditTrail audit,
            Clock clock) {
        this.audit = audit;
        this.properties = properties;
        this.courses = courses;
        this.modules = modules;
        this.revisions = revisions;
        this.images = images;
        this.runs = runs;
        this.rendering = rendering;
        this.publishing = publishing;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Counts of one course folder, merged into the report only when its transaction committed. */
    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int images;
        final List<ContentProblem> problems = new ArrayList<>();
    }

    ImportReport importAll(String kind, Long personId) {
        Instant started = clock.instant();
        CourseFiles files = new CourseFiles(properties.coursesDir());
        List<ContentProblem> problems = new ArrayList<>();
        int courseCount = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int imageCount = 0;
        if (!files.exists()) {
            problems.add(files.missingFolder());
        }
        else {
            for (Path folder : files.courseFolders()) {
                courseCount++;
                Tally tally = new Tally();
                try {
                    transactions.executeWithoutResult(status -> importCourse(files, folder, tally));
                    created += tally.created;
                    updated += tally.updated;
                    unchanged += tally.unchanged;
                    imageCount += tally.images;
                    problems.addAll(tally.problems);
                }
                catch (RuntimeException ex) {
                    log.error("Importing {} failed", folder, ex);
                    problems.addAll(tally.problems);
                    problems.add(new ContentProblem(files.display(folder), 0, "the course could not be imported: "
                            + ex.getClass().getSimpleName()));
                }
            }
        }
        var report = new ImportReport(courseCount, created, updated, unchanged, imageCount, List.copyOf(problems));
        problems.forEach(problem -> log.warn("{}", problem));
        log.info("Course import ({}): {}", kind, report.summary());
        runs.save(new ContentImportRun(kind, started, clock.instant(), personId, report.summary(),
                problems.stream().map(ContentProblem::toString).toList()));
        audit.record(personId, "COURSE_IMPORT", "courses", kind + ": " + report.summary());
        return report;
    }

    private void importCourse(CourseFiles files, Path folder, Tally tally) {
        if (!files.hasCourseName(folder, tally.problems)) {
            return;
        }
        String slug = folder.getFileName().toString();
        Optional<Course> existing = courses.findBySlug(slug);
        Optional<Course.Details> details = files.readCourseFile(folder,
                prerequisite -> CourseFiles.isCourseFolder(folder, prerequisite)
                        || courses.findBySlug(prerequisite).isPresent(),
                tally.problems);
        if (details.isEmpty() && existing.isEmpty()) {
            return;
        }
        Course course = existing.orElseGet(() -> new Course(slug));
        if (details.isPresent() && !details.get().equals(course.details())) {
            course.describe(details.get());
            course = courses.save(course);
        }
        Set<String> imageNames = importImages(files, course, folder, tally);
        Set<String> names = CourseFiles.markdownFileNames(folder);
        for (CourseFiles.ModuleFile file : files.moduleFiles(folder, names, tally.problems)) {
            importModuleFile(files, course, file, imageNames, names, tally);
        }
    }

    private Set<String> importImages(CourseFiles files, Course course, Path folder, Tally tally) {
        Set<String> names = new HashSet<>();
        images.findByCourseIdOrderByNameAsc(course.getId()).forEach(image -> names.add(image.getName()));
        for (Path file : files.imageFiles(folder, tally.problems)) {
            Optional<CourseFiles.Image> image = files.readImage(file, tally.problems);
            if (image.isEmpty()) {
                continue;
            }
            String name = image.get().name();
            byte[] bytes = image.get().bytes();
            String hash = ContentHash.of(bytes);
            Optional<CourseImage> existing = images.findByCourseIdAndName(course.getId(), name);
            if (existing.isEmpty()) {
                images.save(new CourseImage(course.getId(), name, image.get().type(), bytes, hash, clock));
                tally.images++;
            }
            else if (!existing.get().getContentHash().equals(hash)) {
                existing.get().replace(image.get().type(), bytes, hash);
                tally.images++;
            }
            names.add(name);
        }
        return names;
    }

    private void importModuleFile(CourseFiles files, Course course, CourseFiles.ModuleFile file, Set<String> imageNames,
            Set<String> moduleFiles, Tally tally) {
        byte[] bytes = files.moduleBytes(file, tally.problems);
        if (bytes == null) {
            return;
        }
        ContentLocale locale = file.locale();
        String hash = ContentHash.of(bytes);
        Optional<CourseModule> existing = modules.findByCourseIdAndSlug(course.getId(), file.slug());
        if (existing.isPresent() && revisions
                .findFirstByModuleIdAndLocaleAndSourceHashIsNotNullOrderByNumberDesc(existing.get().getId(), locale.tag())
                .map(revision -> hash.equals(revision.getSourceHash())).orElse(false)) {
            existing.get().moveTo(file.position());
            tally.unchanged++;
            return;
        }
        CourseFiles.ModuleSource source = files.moduleSource(file, bytes, tally.problems);
        if (source == null || existing.isEmpty() && !files.hasEnglishVariant(file, moduleFiles, tally.problems)) {
            return;
        }
        ModuleRendering.Result result = rendering.render(course.getSlug(), source.body(), imageNames, moduleFiles,
                locale.locale());
        if (!result.problems().isEmpty()) {
            files.addRenderingProblems(file, source, result.problems(), tally.problems);
            return;
        }
        CourseModule module = existing.orElseGet(() -> modules.save(new CourseModule(course.getId(), file.slug(),
                file.position())));
        module.moveTo(file.position());
        Optional<ModuleRevision> current = revisions.findFirstByModuleIdAndLocaleAndStatusOrderByNumberDesc(
                module.getId(), locale.tag(), ModuleRevision.Status.PUBLISHED);
        if (current.isPresent() && current.get().getTitle().equals(source.title())
                && current.get().getMinutes() == source.minutes()
                && current.get().getMarkdown().equals(source.body())) {
            current.get().importedFrom(hash);
            tally.unchanged++;
            return;
        }
        publishing.publishImported(course, module, locale, source.title(), source.minutes(), source.body(),
                result.rendered(), hash);
        if (current.isPresent()) {
            tally.updated++;
        }
        else {
            tally.created++;
        }
    }
}

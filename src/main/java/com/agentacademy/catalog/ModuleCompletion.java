package com.agentacademy.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about modules and a person's reading of them: which modules readers
 * can see, titled in a language, and when a person last read or completed each. A module is known
 * by its course's slug and its own, as {@code course-slug/module-slug}; files name it with its
 * number, {@code course-slug/NN-module-slug}.
 */
@Service
@Transactional(readOnly = true)
public class ModuleCompletion {

    /** A module readers can see (it has a published revision), in the reader's language when it exists in it. */
    public record Module(String courseSlug, String moduleSlug, int position, String courseTitle, String title,
            int minutes) {

        /** {@code course-slug/module-slug}: the module whatever its number. */
        public String key() {
            return courseSlug + "/" + moduleSlug;
        }

        /** {@code course-slug/NN-module-slug}: how the {@code courses/} folder names it. */
        public String reference() {
            return courseSlug + "/" + String.format("%02d-%s", position, moduleSlug);
        }

        /** The reader's page of the module. */
        public String path() {
            return "/courses/" + courseSlug + "/modules/" + moduleSlug;
        }
    }

    /**
     * A person's reading of one module.
     *
     * @param completedAt when they marked it complete, or {@code null}
     * @param lastReadAt when they last read in it or completed it
     */
    public record Reading(String courseSlug, String moduleSlug, Instant completedAt, Instant lastReadAt) {

        public String key() {
            return courseSlug + "/" + moduleSlug;
        }

        public boolean completed() {
            return completedAt != null;
        }
    }

    private final PublishedCatalog published;
    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final ModuleProgressRepository progress;

    ModuleCompletion(PublishedCatalog published, CourseRepository courses, CourseModuleRepository modules,
            ModuleProgressRepository progress) {
        this.published = published;
        this.courses = courses;
        this.modules = modules;
        this.progress = progress;
    }

    /** Every module readers can see, course by course in the catalog's order, titled in the language. */
    public List<Module> modules(Locale locale) {
        PublishedCatalog.Shape shape = published.shape();
        List<Module> visible = new ArrayList<>();
        for (Course course : shape.courses()) {
            for (CourseModule module : shape.modulesOf(course)) {
                CatalogReading.shownVariant(shape.currentByModule().get(module.getId()), locale)
                        .ifPresent(header -> visible.add(new Module(course.getSlug(), module.getSlug(),
                                module.getPosition(), course.title(locale), header.title(), header.minutes())));
            }
        }
        return visible;
    }

    /** The person's reading of every module they ever opened. */
    public List<Reading> of(long personId) {
        List<ModuleProgress> read = progress.findByPersonId(personId);
        if (read.isEmpty()) {
            return List.of();
        }
        Map<Long, CourseModule> byId = modules.findAllById(read.stream().map(ModuleProgress::getModuleId).toList())
                .stream().collect(Collectors.toMap(CourseModule::getId, Function.identity()));
        Map<Long, Course> coursesById = courses
                .findAllById(byId.values().stream().map(CourseModule::getCourseId).distinct().toList()).stream()
                .collect(Collectors.toMap(Course::getId, Function.identity()));
        List<Reading> readings = new ArrayList<>();
        for (ModuleProgress row : read) {
            CourseModule module = byId.get(row.getModuleId());
            Course course = module == null ? null : coursesById.get(module.getCourseId());
            if (course != null) {
                readings.add(new Reading(course.getSlug(), module.getSlug(), row.getCompletedAt(), row.getUpdatedAt()));
            }
        }
        return readings;
    }
}

package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agent sees of the catalog: courses by track with their progress, a course with its
 * modules and prerequisites, a module in the reader's language when it exists in it.
 */
@Service
@Transactional(readOnly = true)
class CatalogReading {

    /** A module as a list shows it: the variant in the reader's language, else English. */
    record ModuleLine(CourseModule module, RevisionHeader revision, boolean completed, boolean updatedSinceCompleted) {
    }

    record CourseCard(Course course, String title, String summary, List<ModuleLine> modules, boolean prerequisitesMet) {

        public int completed() {
            return (int) modules.stream().filter(ModuleLine::completed).count();
        }

        /** The course's own estimate, else the sum of its modules' minutes. */
        public int minutes() {
            return course.getMinutes() > 0 ? course.getMinutes()
                    : modules.stream().mapToInt(line -> line.revision().minutes()).sum();
        }

        public int percent() {
            return modules.isEmpty() ? 0 : completed() * 100 / modules.size();
        }

        public boolean isComplete() {
            return !modules.isEmpty() && completed() == modules.size();
        }
    }

    record Prerequisite(String slug, String title, boolean complete) {
    }

    record CoursePage(CourseCard card, List<Prerequisite> prerequisites) {
    }

    /** Everything the catalog knows at one moment, for one reader. */
    private record Snapshot(List<Course> courses, Map<Long, List<CourseModule>> modulesByCourse,
            Map<Long, Map<String, RevisionHeader>> currentByModule, Map<Long, ModuleProgress> progressByModule) {
    }

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final ModuleRevisionRepository revisions;
    private final ModuleProgressRepository progress;

    CatalogReading(CourseRepository courses, CourseModuleRepository modules, ModuleRevisionRepository revisions,
            ModuleProgressRepository progress) {
        this.courses = courses;
        this.modules = modules;
        this.revisions = revisions;
        this.progress = progress;
    }

    Map<Track, List<CourseCard>> catalog(long personId, Locale locale) {
        Map<Track, List<CourseCard>> byTrack = new EnumMap<>(Track.class);
        for (CourseCard card : cards(snapshot(personId, courses.findAllByOrderByTrackAscPositionAscSlugAsc()), locale)
                .values()) {
            if (!card.modules().isEmpty()) {
                byTrack.computeIfAbsent(card.course().getTrack(), track -> new ArrayList<>()).add(card);
            }
        }
        return byTrack;
    }

    /** A course with its prerequisites; reads only those courses, not the whole catalog. */
    Optional<CoursePage> course(String slug, long personId, Locale locale) {
        Optional<Course> course = courses.findBySlug(slug);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        List<Course> involved = new ArrayList<>(List.of(course.get()));
        involved.addAll(courses.findBySlugIn(course.get().getPrerequisites()));
        Map<String, CourseCard> cards = cards(snapshot(personId, involved), locale);
        CourseCard card = cards.get(slug);
        if (card.modules().isEmpty()) {
            return Optional.empty();
        }
        List<Prerequisite> prerequisites = card.course().getPrerequisites().stream()
                .map(cards::get)
                .filter(prerequisite -> prerequisite != null && !prerequisite.modules().isEmpty())
                .map(prerequisite -> new Prerequisite(prerequisite.course().getSlug(), prerequisite.title(),
                        prerequisite.isComplete()))
                .toList();
        return Optional.of(new CoursePage(card, prerequisites));
    }

    /** A module readers can see (it has a published revision), for the reader's small requests. */
    Optional<CourseModule> visibleModule(String slug, String moduleSlug) {
        return courses.findBySlug(slug)
                .flatMap(course -> modules.findByCourseIdAndSlug(course.getId(), moduleSlug))
                .filter(module -> revisions.existsByModuleIdAndStatus(module.getId(), ModuleRevision.Status.PUBLISHED));
    }

    /** The snapshot's courses as cards, in the snapshot's order. */
    private Map<String, CourseCard> cards(Snapshot snapshot, Locale locale) {
        Map<String, List<ModuleLine>> lines = new HashMap<>();
        snapshot.courses().forEach(course -> lines.put(course.getSlug(), lines(snapshot, course, locale)));
        Map<String, CourseCard> cards = new LinkedHashMap<>();
        for (Course course : snapshot.courses()) {
            boolean prerequisitesMet = course.getPrerequisites().stream().map(lines::get)
                    .allMatch(prerequisite -> prerequisite == null || prerequisite.stream().allMatch(ModuleLine::completed));
            cards.put(course.getSlug(), new CourseCard(course, course.title(locale), course.summary(locale),
                    lines.get(course.getSlug()), prerequisitesMet));
        }
        return cards;
    }

    private static List<ModuleLine> lines(Snapshot snapshot, Course course, Locale locale) {
        List<ModuleLine> lines = new ArrayList<>();
        for (CourseModule module : snapshot.modulesByCourse().getOrDefault(course.getId(), List.of())) {
            Map<String, RevisionHeader> variants = snapshot.currentByModule().get(module.getId());
            shownVariant(variants, locale).ifPresent(header -> {
                ModuleProgress read = snapshot.progressByModule().get(module.getId());
                boolean completed = read != null && read.isComplete();
                boolean updated = completed && !isCurrent(read.getCompletedRevisionId(), variants);
                lines.add(new ModuleLine(module, header, completed, updated));
            });
        }
        return lines;
    }

    private static boolean isCurrent(Long revisionId, Map<String, RevisionHeader> current) {
        return current != null && current.values().stream().anyMatch(header -> header.id().equals(revisionId));
    }

    /** The reader's language when the module exists in it, else English, else whatever exists. */
    static Optional<RevisionHeader> shownVariant(Map<String, RevisionHeader> variants, Locale locale) {
        if (variants == null || variants.isEmpty()) {
            return Optional.empty();
        }
        RevisionHeader wanted = variants.get(ContentLocale.of(locale).tag());
        if (wanted != null) {
            return Optional.of(wanted);
        }
        RevisionHeader english = variants.get(ContentLocale.EN.tag());
        return Optional.of(english != null ? english : variants.values().iterator().next());
    }

    private Snapshot snapshot(long personId, List<Course> involved) {
        List<Long> courseIds = involved.stream().map(Course::getId).toList();
        Map<Long, List<CourseModule>> modulesByCourse = courseIds.isEmpty() ? Map.of()
                : modules.findByCourseIdInOrderByPositionAsc(courseIds).stream()
                        .collect(Collectors.groupingBy(CourseModule::getCourseId));
        List<Long> moduleIds = modulesByCourse.values().stream().flatMap(List::stream).map(CourseModule::getId).toList();
        Map<Long, Map<String, RevisionHeader>> current = new HashMap<>();
        Map<Long, ModuleProgress> read = new HashMap<>();
        if (!moduleIds.isEmpty()) {
            for (RevisionHeader header : revisions.findCurrentHeadersOf(moduleIds)) {
                current.computeIfAbsent(header.moduleId(), id -> new HashMap<>()).put(header.locale(), header);
            }
            progress.findByPersonIdAndModuleIdIn(personId, moduleIds).forEach(p -> read.put(p.getModuleId(), p));
        }
        return new Snapshot(involved, modulesByCourse, current, read);
    }
}

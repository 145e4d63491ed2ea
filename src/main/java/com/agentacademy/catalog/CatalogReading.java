package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * What an agent sees of the catalog: courses by track with their progress, a course with its
 * modules and prerequisites, a module in the reader's language when it exists in it. The shared
 * part comes from {@link PublishedCatalog}; the reader's own progress is one query without a
 * transaction around it (see {@link ModuleProgressRepository#findByPersonId}).
 */
@Service
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

    /** A module as the reader shows it: its course page, its place in the course, the revision and where the reader stopped. */
    record ModulePage(CoursePage page, int index, ShownRevision revision, int position) {

        ModuleLine line() {
            return page.card().modules().get(index);
        }

        /** The module before this one in the course, or {@code null} for the first. */
        ModuleLine previous() {
            return index > 0 ? page.card().modules().get(index - 1) : null;
        }

        /** The module after this one in the course, or {@code null} for the last. */
        ModuleLine next() {
            List<ModuleLine> lines = page.card().modules();
            return index < lines.size() - 1 ? lines.get(index + 1) : null;
        }
    }

    private final PublishedCatalog published;
    private final ModuleProgressRepository progress;

    CatalogReading(PublishedCatalog published, ModuleProgressRepository progress) {
        this.published = published;
        this.progress = progress;
    }

    Map<Track, List<CourseCard>> catalog(long personId, Locale locale) {
        Map<Track, List<CourseCard>> byTrack = new EnumMap<>(Track.class);
        PublishedCatalog.Shape shape = published.shape();
        for (CourseCard card : cards(snapshot(shape, personId, shape.courses()), locale).values()) {
            if (!card.modules().isEmpty()) {
                byTrack.computeIfAbsent(card.course().getTrack(), track -> new ArrayList<>()).add(card);
            }
        }
        return byTrack;
    }

    /** A course with its prerequisites; reads only those courses, not the whole catalog. */
    Optional<CoursePage> course(String slug, long personId, Locale locale) {
        return coursePage(published.shape(), slug, personId, locale).map(Read::page);
    }

    /**
     * A module of a course in the reader's language when it exists in it, with everything its page
     * shows, the reader's progress read once.
     */
    Optional<ModulePage> modulePage(String slug, String moduleSlug, long personId, Locale locale) {
        PublishedCatalog.Shape shape = published.shape();
        Optional<Read> read = coursePage(shape, slug, personId, locale);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<ModuleLine> lines = read.get().page().card().modules();
        for (int i = 0; i < lines.size(); i++) {
            ModuleLine line = lines.get(i);
            if (line.module().getSlug().equals(moduleSlug)) {
                ModuleProgress own = read.get().snapshot().progressByModule().get(line.module().getId());
                int position = own == null ? 0 : own.getPositionPercent();
                int index = i;
                return published.shown(shape, line.revision().id())
                        .map(revision -> new ModulePage(read.get().page(), index, revision, position));
            }
        }
        return Optional.empty();
    }

    /** A course page and the snapshot it was made from. */
    private record Read(CoursePage page, Snapshot snapshot) {
    }

    /** A course with its prerequisites; reads only the reader's progress in those courses. */
    private Optional<Read> coursePage(PublishedCatalog.Shape shape, String slug, long personId, Locale locale) {
        Course course = shape.bySlug().get(slug);
        if (course == null) {
            return Optional.empty();
        }
        List<Course> involved = new ArrayList<>(List.of(course));
        course.getPrerequisites().stream().map(shape.bySlug()::get).filter(Objects::nonNull)
                .filter(prerequisite -> !prerequisite.getSlug().equals(slug)).distinct().forEach(involved::add);
        Snapshot snapshot = snapshot(shape, personId, involved);
        Map<String, CourseCard> cards = cards(snapshot, locale);
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
        return Optional.of(new Read(new CoursePage(card, prerequisites), snapshot));
    }

    /** A module readers can see (it has a published revision), for the reader's small requests. */
    Optional<CourseModule> visibleModule(String slug, String moduleSlug) {
        return published.shape().visibleModule(slug, moduleSlug);
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

    private Snapshot snapshot(PublishedCatalog.Shape shape, long personId, List<Course> involved) {
        Map<Long, List<CourseModule>> modulesByCourse = new HashMap<>();
        involved.forEach(course -> modulesByCourse.put(course.getId(), shape.modulesOf(course)));
        Set<Long> moduleIds = modulesByCourse.values().stream().flatMap(List::stream).map(CourseModule::getId)
                .collect(Collectors.toSet());
        // all of the person's rows (one per module read, a few dozen at most) rather than an IN list:
        // Hibernate binds a collection parameter by first trying it as a single value and throwing
        // an exception, which cost more than the rows
        Map<Long, ModuleProgress> read = new HashMap<>();
        if (!moduleIds.isEmpty()) {
            progress.findByPersonId(personId).stream().filter(p -> moduleIds.contains(p.getModuleId()))
                    .forEach(p -> read.put(p.getModuleId(), p));
        }
        return new Snapshot(involved, modulesByCourse, shape.currentByModule(), read);
    }
}

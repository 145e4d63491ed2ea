package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Snapshot snapshot = snapshot(personId);
        Map<Track, List<CourseCard>> byTrack = new EnumMap<>(Track.class);
        Map<String, CourseCard> bySlug = cards(snapshot, locale);
        for (CourseCard card : bySlug.values()) {
            if (!card.modules().isEmpty()) {
                byTrack.computeIfAbsent(card.course().getTrack(), track -> new ArrayList<>()).add(card);
            }
        }
        return byTrack;
    }

    Optional<CoursePage> course(String slug, long personId, Locale locale) {
        Snapshot snapshot = snapshot(personId);
        Map<String, CourseCard> cards = cards(snapshot, locale);
        CourseCard card = cards.get(slug);
        if (card == null || card.modules().isEmpty()) {
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

    /** The courses an agent has completed, by slug. */
    Set<String> completedCourses(long personId) {
        Snapshot snapshot = snapshot(personId);
        return cards(snapshot, Locale.ENGLISH).values().stream().filter(CourseCard::isComplete)
                .map(card -> card.course().getSlug()).collect(Collectors.toSet());
    }

    private Map<String, CourseCard> cards(Snapshot snapshot, Locale locale) {
        Map<String, CourseCard> cards = new HashMap<>();
        for (Course course : snapshot.courses()) {
            List<ModuleLine> lines = new ArrayList<>();
            for (CourseModule module : snapshot.modulesByCourse().getOrDefault(course.getId(), List.of())) {
                shownVariant(snapshot.currentByModule().get(module.getId()), locale).ifPresent(header -> {
                    ModuleProgress read = snapshot.progressByModule().get(module.getId());
                    boolean completed = read != null && read.isComplete();
                    boolean updated = completed && !isCurrent(read.getCompletedRevisionId(),
                            snapshot.currentByModule().get(module.getId()));
                    lines.add(new ModuleLine(module, header, completed, updated));
                });
            }
            cards.put(course.getSlug(), new CourseCard(course, course.title(locale), course.summary(locale), lines, true));
        }
        Map<String, CourseCard> withPrerequisites = new HashMap<>();
        cards.forEach((slug, card) -> {
            boolean met = card.course().getPrerequisites().stream().map(cards::get)
                    .allMatch(prerequisite -> prerequisite == null || prerequisite.modules().isEmpty()
                            || prerequisite.isComplete());
            withPrerequisites.put(slug, new CourseCard(card.course(), card.title(), card.summary(), card.modules(), met));
        });
        return withPrerequisites;
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

    private Snapshot snapshot(long personId) {
        List<Course> all = courses.findAllByOrderByTrackAscPositionAscSlugAsc();
        Map<Long, List<CourseModule>> modulesByCourse = modules.findAll().stream()
                .sorted(java.util.Comparator.comparingInt(CourseModule::getPosition))
                .collect(Collectors.groupingBy(CourseModule::getCourseId));
        Map<Long, Map<String, RevisionHeader>> current = new HashMap<>();
        for (RevisionHeader header : revisions.findAllCurrentHeaders()) {
            current.computeIfAbsent(header.moduleId(), id -> new HashMap<>()).put(header.locale(), header);
        }
        Map<Long, ModuleProgress> read = progress.findByPersonId(personId).stream()
                .collect(Collectors.toMap(ModuleProgress::getModuleId, p -> p));
        return new Snapshot(all, modulesByCourse, current, read);
    }
}

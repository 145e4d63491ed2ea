package com.agentacademy.catalog;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every reader's catalog has in common: the courses in their order, each course's modules and
 * each module's current published revision in every language. It changes only when a course,
 * module or revision is written (an import, a publication, an edit), so it is read once and kept:
 * on this instance until such a write (see {@link Changes}), and for at most {@link #FRESH_FOR}
 * when the write happened on another instance. A reader's own progress is read on every request.
 */
@Component
class PublishedCatalog {

    /** How long another instance's change may go unseen here. */
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /** Writes of courses, modules and revisions on this instance so far; a shape read before one is old. */
    private static final AtomicLong WRITES = new AtomicLong();

    /** The shared part of the catalog at one moment. */
    record Shape(List<Course> courses, Map<String, Course> bySlug, Map<Long, List<CourseModule>> modulesByCourse,
            Map<Long, Map<String, RevisionHeader>> currentByModule, long writes, long readAt,
            Map<Long, ShownRevision> shownById) {

        List<CourseModule> modulesOf(Course course) {
            return modulesByCourse.getOrDefault(course.getId(), List.of());
        }

        /** A module of the course that readers can see: one with a published revision. */
        Optional<CourseModule> visibleModule(String slug, String moduleSlug) {
            Course course = bySlug.get(slug);
            return course == null ? Optional.empty()
                    : modulesOf(course).stream()
                            .filter(module -> module.getSlug().equals(moduleSlug)
                                    && currentByModule.containsKey(module.getId()))
                            .findFirst();
        }
    }

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final ModuleRevisionRepository revisions;

    /** The shape's three reads run in one read-only transaction, so that they see one moment. */
    private final TransactionTemplate reads;

    private volatile Shape shape;

    PublishedCatalog(CourseRepository courses, CourseModuleRepository modules, ModuleRevisionRepository revisions,
            PlatformTransactionManager transactions) {
        this.courses = courses;
        this.modules = modules;
        this.revisions = revisions;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    /** The shape as kept, or read anew when this instance wrote since or it is older than {@link #FRESH_FOR}. */
    Shape shape() {
        Shape known = shape;
        long now = System.nanoTime();
        if (known != null && known.writes() == WRITES.get() && now - known.readAt() < FRESH_FOR.toNanos()) {
            return known;
        }
        long writes = WRITES.get(); // taken before reading: a write during the read makes the next call read again
        Shape read = reads.execute(status -> read(writes, now));
        shape = read;
        return read;
    }

    /**
     * A current revision of the shape as its page shows it, read the first time it is asked for.
     * A published revision never changes ({@link ModuleRevision#write} refuses), so what is kept
     * for its id stays right; it is kept with the shape so that revisions no longer current go
     * when the shape does.
     */
    Optional<ShownRevision> shown(Shape shape, long revisionId) {
        ShownRevision known = shape.shownById().get(revisionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ShownRevision> found = revisions.findById(revisionId).map(ShownRevision::of);
        found.ifPresent(revision -> shape.shownById().putIfAbsent(revisionId, revision));
        return found;
    }

    private Shape read(long writes, long now) {
        List<Course> ordered = List.copyOf(courses.findAllByOrderByTrackAscPositionAscSlugAsc());
        Map<String, Course> bySlug = new LinkedHashMap<>();
        ordered.forEach(course -> bySlug.put(course.getSlug(), course));
        Map<Long, List<CourseModule>> modulesByCourse = modules.findAllByOrderByPositionAsc().stream()
                .collect(Collectors.groupingBy(CourseModule::getCourseId, Collectors.toUnmodifiableList()));
        Map<Long, Map<String, RevisionHeader>> current = new HashMap<>();
        for (RevisionHeader header : revisions.findCurrentHeaders()) {
            current.computeIfAbsent(header.moduleId(), id -> new HashMap<>()).put(header.locale(), header);
        }
        current.replaceAll((id, variants) -> Map.copyOf(variants));
        return new Shape(ordered, Map.copyOf(bySlug), Map.copyOf(modulesByCourse), Map.copyOf(current), writes, now,
                new ConcurrentHashMap<>());
    }

    /**
     * The entity listener of courses, modules and revisions: every write makes the kept shape old,
     * when it is flushed and again when its transaction ends, so that a reader who read the shape
     * between the flush and the commit does not keep the state from before.
     */
    static class Changes {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            WRITES.incrementAndGet();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        WRITES.incrementAndGet();
                    }
                });
            }
        }
    }
}

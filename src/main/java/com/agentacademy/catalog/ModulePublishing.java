package com.agentacademy.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How module revisions come to be: drafts saved from the editor (refused when someone else saved
 * since the editor was opened), drafts published, old revisions restored as a new draft, and
 * revisions published straight from an imported file. Every publication announces itself with
 * {@link ModuleRevisionPublished}.
 */
@Service
class ModulePublishing {

    /** Someone saved the module since this editor was opened; nothing was changed. */
    static final class Conflict extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    /** What an editor sends: the content and the revision (and draft version) it started from. */
    record Edit(String title, int minutes, String markdown, boolean majorChange, String changeSummary,
            Long baseRevisionId, Long baseVersion) {
    }

    private final ModuleRevisionRepository revisions;
    private final CourseRepository courses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModulePublishing(ModuleRevisionRepository revisions, CourseRepository courses, ApplicationEventPublisher events,
            Clock clock) {
        this.revisions = revisions;
        this.courses = courses;
        this.events = events;
        this.clock = clock;
    }

    /** The newest revision in a language, draft or published: what the editor starts from. */
    Optional<ModuleRevision> latest(long moduleId, ContentLocale locale) {
        return revisions.findFirstByModuleIdAndLocaleOrderByNumberDesc(moduleId, locale.tag());
    }

    @Transactional
    ModuleRevision saveDraft(CourseModule module, ContentLocale locale, Edit edit, RenderedModule rendered, long authorId) {
        Optional<ModuleRevision> latest = latest(module.getId(), locale);
        checkBase(latest, edit);
        ModuleRevision draft = latest.filter(ModuleRevision::isDraft).orElseGet(() ->
                new ModuleRevision(module.getId(), locale, latest.map(r -> r.getNumber() + 1).orElse(1), authorId, clock));
        draft.write(edit.title(), edit.minutes(), edit.markdown(), rendered);
        draft.markChange(edit.majorChange(), edit.changeSummary());
        return revisions.saveAndFlush(draft);
    }

    @Transactional
    ModuleRevision publish(CourseModule module, ContentLocale locale, Edit edit, RenderedModule rendered, long authorId) {
        ModuleRevision draft = saveDraft(module, locale, edit, rendered, authorId);
        return announce(module, draft);
    }

    /** Makes an old revision's content the new draft. */
    @Transactional
    ModuleRevision restore(CourseModule module, ModuleRevision old, long authorId) {
        Optional<ModuleRevision> latest = latest(module.getId(), old.contentLocale());
        ModuleRevision draft = latest.filter(ModuleRevision::isDraft).orElseGet(() -> new ModuleRevision(
                module.getId(), old.contentLocale(), latest.map(r -> r.getNumber() + 1).orElse(1), authorId, clock));
        draft.write(old.getTitle(), old.getMinutes(), old.getMarkdown(), new RenderedModule(old.getHtml(),
                old.tableOfContents(), old.getPlainText(), List.of(), List.of()));
        draft.markChange(false, "restored revision " + old.getNumber());
        return revisions.save(draft);
    }

    @Transactional
    void publishImported(Course course, CourseModule module, ContentLocale locale, String title, int minutes,
            String markdown, RenderedModule rendered, String hash) {
        Optional<ModuleRevision> latest = latest(module.getId(), locale);
        ModuleRevision revision = new ModuleRevision(module.getId(), locale, latest.map(r -> r.getNumber() + 1).orElse(1),
                null, clock);
        revision.write(title, minutes, markdown, rendered);
        revision.importedFrom(hash);
        announce(module, revisions.save(revision));
    }

    private ModuleRevision announce(CourseModule module, ModuleRevision revision) {
        Long previous = revisions.findFirstByModuleIdAndLocaleAndStatusOrderByNumberDesc(module.getId(),
                revision.getLocale(), ModuleRevision.Status.PUBLISHED).map(ModuleRevision::getId).orElse(null);
        revision.publish(clock);
        String courseSlug = courses.findById(module.getCourseId()).map(Course::getSlug).orElseThrow();
        events.publishEvent(new ModuleRevisionPublished(courseSlug, module.getId(), module.getSlug(), revision.getId(),
                previous, revision.getLocale(), revision.isMajorChange(), revision.getChangeSummary()));
        return revision;
    }

    private static void checkBase(Optional<ModuleRevision> latest, Edit edit) {
        Long latestId = latest.map(ModuleRevision::getId).orElse(null);
        boolean sameRevision = Objects.equals(latestId, edit.baseRevisionId());
        boolean sameDraft = latest.map(r -> !r.isDraft() || Objects.equals(r.getVersion(), edit.baseVersion()))
                .orElse(true);
        if (!sameRevision || !sameDraft) {
            throw new Conflict();
        }
    }
}

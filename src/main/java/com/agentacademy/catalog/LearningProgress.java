package com.agentacademy.catalog;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A person's reading: where they stopped in each module and which modules they completed. */
@Service
class LearningProgress {

    private final ModuleProgressRepository progress;
    private final ModuleRevisionRepository revisions;
    private final Clock clock;

    LearningProgress(ModuleProgressRepository progress, ModuleRevisionRepository revisions, Clock clock) {
        this.progress = progress;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional
    void complete(long personId, long moduleId, long revisionId) {
        ModuleRevision revision = revisions.findById(revisionId)
                .filter(found -> found.getModuleId() == moduleId && !found.isDraft())
                .orElseThrow(NotAPublishedRevision::new);
        progressOf(personId, moduleId).complete(revision.getId(), clock);
    }

    @Transactional
    void readTo(long personId, long moduleId, int percent) {
        progressOf(personId, moduleId).readTo(percent, clock);
    }

    /** A completion names a revision that readers never saw. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    static final class NotAPublishedRevision extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    private ModuleProgress progressOf(long personId, long moduleId) {
        return progress.findByPersonIdAndModuleId(personId, moduleId)
                .orElseGet(() -> progress.save(new ModuleProgress(personId, moduleId, clock)));
    }
}

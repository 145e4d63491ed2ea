package com.agentacademy.onboarding;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.agentacademy.security.AuditTrail;

/**
 * Trainers' changes to a program in the browser, each a new revision with who and when: saving the
 * editor, and bringing back an earlier revision. A trainer who started from an older revision than
 * the current one is refused, so that nobody overwrites a colleague's (or the file's) newer change
 * without seeing it.
 */
@Service
class ProgramEditing {

    /** No program, or no revision of it, has the name asked for. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    /** The program changed since the trainer opened it. */
    static final class Stale extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    private final ProgramRepository programs;
    private final ProgramRevisionRepository revisions;
    private final AuditTrail audit;
    private final Clock clock;

    ProgramEditing(ProgramRepository programs, ProgramRevisionRepository revisions, AuditTrail audit, Clock clock) {
        this.programs = programs;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the plan as a new revision; answers its number, or the current one when nothing changed. */
    @Transactional
    int save(String slug, ProgramPlan plan, int baseRevision, long personId, String note) {
        Program program = find(slug);
        if (program.getRevisionNumber() != baseRevision) {
            throw new Stale();
        }
        if (program.says(plan)) {
            return program.getRevisionNumber();
        }
        ProgramRevision revision = revisions.save(program.revise(plan, ProgramRevision.Origin.BROWSER, personId, note,
                null, null, clock));
        audit.record(personId, "PROGRAM_EDITED", "program:" + slug, "revision " + revision.getNumber()
                + (revision.getNote() == null ? "" : ": " + revision.getNote()));
        return revision.getNumber();
    }

    /** Makes an earlier revision's plan the current one again, as a new revision. */
    @Transactional
    int restore(String slug, int number, long personId) {
        Program program = find(slug);
        ProgramRevision earlier = revisions.findByProgramIdAndNumber(program.getId(), number)
                .orElseThrow(NotFound::new);
        if (number == program.getRevisionNumber()) {
            return number;
        }
        ProgramRevision revision = revisions.save(program.revise(earlier.plan(), ProgramRevision.Origin.RESTORED,
                personId, null, null, number, clock));
        audit.record(personId, "PROGRAM_RESTORED", "program:" + slug, "revision " + number + " as revision "
                + revision.getNumber());
        return revision.getNumber();
    }

    @Transactional(readOnly = true)
    Program find(String slug) {
        return programs.findBySlug(slug).orElseThrow(NotFound::new);
    }

    @Transactional(readOnly = true)
    List<ProgramRevision> history(Program program) {
        return revisions.findByProgramIdOrderByNumberDesc(program.getId());
    }
}

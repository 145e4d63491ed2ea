package com.agentacademy.onboarding;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.catalog.ModuleCompletion;
import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.exam.ExamDirectory;
import com.agentacademy.files.ContentHash;
import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.TextFile;
import com.agentacademy.people.Notifications;
import com.agentacademy.security.AuditTrail;

/**
 * Imports {@code courses/_programs/*.yml}, after the courses and exams, checking every module and
 * exam a program names against what was imported. A file with a problem is reported as
 * {@code path:line: message} and keeps the program as it was.
 *
 * <p>Trainers also edit programs in the browser. The import remembers the file it last took: an
 * unchanged file leaves browser edits alone; a changed file wins, as it does for exams, but never
 * silently: its revision names the browser revision it replaced, which stays in the history to be
 * restored, the trainer who made it is told, and the audit log records it.
 */
@Service
class ProgramImport {

    private static final Logger log = LoggerFactory.getLogger(ProgramImport.class);

    /** What one import did. */
    record Report(int programs, int created, int updated, int unchanged, List<ContentProblem> problems) {

        String summary() {
            return "programs=" + programs + " created=" + created + " updated=" + updated + " unchanged=" + unchanged
                    + " problems=" + problems.size();
        }
    }

    private enum Change {
        CREATED, UPDATED, UNCHANGED, SKIPPED
    }

    private final ProgramContentProperties properties;
    private final ProgramRepository programs;
    private final ProgramRevisionRepository revisions;
    private final ModuleCompletion modules;
    private final ExamDirectory exams;
    private final CertificationCatalog certifications;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProgramImport(ProgramContentProperties properties, ProgramRepository programs, ProgramRevisionRepository revisions,
            ModuleCompletion modules, ExamDirectory exams, CertificationCatalog certifications,
            Notifications notifications, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.programs = programs;
        this.revisions = revisions;
        this.modules = modules;
        this.exams = exams;
        this.certifications = certifications;
        this.notifications = notifications;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param personId who asked for it, {@code null} at start-up */
    Report importAll(Long personId) {
        ProgramFiles files = new ProgramFiles(properties.coursesDir());
        ProgramReferences references = references();
        List<ContentProblem> problems = new ArrayList<>();
        Map<Change, Integer> counts = new HashMap<>();
        List<Path> found = files.files();
        for (Path file : found) {
            List<ContentProblem> fileProblems = new ArrayList<>();
            Change change;
            try {
                change = transactions.execute(status -> importFile(files, file, references, personId, fileProblems));
            }
            catch (RuntimeException ex) {
                log.error("Importing {} failed", file, ex);
                fileProblems.add(new ContentProblem(files.display(file), 0, "the program could not be imported: "
                        + ex.getClass().getSimpleName()));
                change = Change.SKIPPED;
            }
            counts.merge(change, 1, Integer::sum);
            problems.addAll(fileProblems);
        }
        var report = new Report(found.size(), counts.getOrDefault(Change.CREATED, 0),
                counts.getOrDefault(Change.UPDATED, 0), counts.getOrDefault(Change.UNCHANGED, 0), List.copyOf(problems));
        problems.forEach(problem -> log.warn("{}", problem));
        log.info("Program import: {}", report.summary());
        return report;
    }

    private Change importFile(ProgramFiles files, Path file, ProgramReferences references, Long personId,
            List<ContentProblem> problems) {
        String where = files.display(file);
        String slug = ProgramFiles.slugOf(file);
        if (!ProgramYaml.SLUG.matcher(slug).matches()) {
            problems.add(new ContentProblem(where, 0, "a program file's name has lower-case letters, digits and "
                    + "hyphens only, then .yml"));
            return Change.SKIPPED;
        }
        String text;
        try {
            text = TextFile.read(file, ProgramFiles.MAX_BYTES);
        }
        catch (TextFile.Unusable ex) {
            problems.add(ex.at(where));
            return Change.SKIPPED;
        }
        String hash = ContentHash.of(text);
        Optional<Program> existing = programs.findBySlug(slug);
        if (existing.isPresent() && existing.get().isAsImported(hash)) {
            return Change.UNCHANGED;
        }
        ProgramYaml.Result read = ProgramYaml.read(text, where, references);
        problems.addAll(read.problems());
        if (read.plan().isEmpty()) {
            return Change.SKIPPED;
        }
        ProgramPlan plan = read.plan().get();
        if (existing.isEmpty()) {
            Program program = programs.save(new Program(slug, plan));
            program.importedFrom(hash);
            revisions.save(program.firstRevision(ProgramRevision.Origin.FILE, personId, clock));
            return Change.CREATED;
        }
        Program program = existing.get();
        program.importedFrom(hash);
        if (program.says(plan)) {
            return Change.UNCHANGED;
        }
        Optional<ProgramRevision> browserEdit = revisions.findByProgramIdAndNumber(program.getId(),
                program.getRevisionNumber()).filter(ProgramRevision::isBrowserEdit);
        Integer replaced = browserEdit.map(ProgramRevision::getNumber).orElse(null);
        revisions.save(program.revise(plan, ProgramRevision.Origin.FILE, personId, null, replaced, null, clock));
        browserEdit.ifPresent(edit -> announceReplaced(program, plan, edit, where));
        return Change.UPDATED;
    }

    private void announceReplaced(Program program, ProgramPlan plan, ProgramRevision edit, String where) {
        log.warn("{} changed and replaced the browser edits of program {} (revision {}); they stay in its history",
                where, program.getSlug(), edit.getNumber());
        audit.record(null, "PROGRAM_FILE_REPLACED_EDITS", "program:" + program.getSlug(),
                where + " replaced revision " + edit.getNumber() + " made in the browser");
        if (edit.getPersonId() != null) {
            notifications.tell(edit.getPersonId(), "PROGRAM_REPLACED", "notification.program.replaced",
                    List.of(plan.titleEn(), plan.titleZh() == null ? plan.titleEn() : plan.titleZh(),
                            String.valueOf(edit.getNumber())),
                    "/programs/" + program.getSlug() + "/history", null);
        }
    }

    /** What the catalog and the exams hold now, for checking a program's names. */
    ProgramReferences references() {
        Set<String> moduleKeys = modules.modules(Locale.ENGLISH).stream().map(ModuleCompletion.Module::key)
                .collect(Collectors.toSet());
        Map<String, String> grants = exams.all().stream().collect(Collectors.toMap(ExamDirectory.Entry::slug,
                exam -> exam.certificationId() == null ? "" : exam.certificationId()));
        Set<String> certificationIds = certifications.all().stream().map(CertificationCatalog.Definition::id)
                .collect(Collectors.toSet());
        return new ProgramReferences(reference -> moduleKeys.contains(ProgramPlan.moduleKey(reference)),
                grants::containsKey, grants, certificationIds::contains);
    }
}

package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.catalog.ModuleCompletion;
import com.agentacademy.certification.CertificateHoldings;
import com.agentacademy.exam.ExamDirectory;
import com.agentacademy.exam.ExamResults;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;

/**
 * Puts together where the members of a cohort stand: their schedule from the cohort's program
 * revision, what they read (catalog), which exams they sat and passed (exams), whether they hold
 * the go-live certificate (certifications), and the at-risk rules. An exam of the program counts
 * as passed when the member passed it or another language version of it (an exam granting the
 * same certification).
 */
@Service
@Transactional(readOnly = true)
class CohortTracking {

    /** A cohort with its program as the cohort follows it, and its members' standings. */
    record Board(Cohort cohort, Program program, ProgramPlan plan, Optional<PersonSummary> trainer,
            List<Standing> standings) {

        public long atRiskCount() {
            return standings.stream().filter(Standing::atRisk).count();
        }

        public List<Standing> goLiveReady() {
            return standings.stream().filter(standing -> standing.progress().goLiveReady()).toList();
        }

        public boolean programChangedSince() {
            return program.getRevisionNumber() > cohort.getProgramRevision();
        }
    }

    /** Calendar days after a cohort's last due date until it counts as finished. */
    static final int FINISHED_AFTER_DAYS = 30;

    private final ProgramRepository programs;
    private final ProgramRevisionRepository revisions;
    private final PeopleDirectory people;
    private final ModuleCompletion modules;
    private final ExamDirectory exams;
    private final ExamResults results;
    private final CertificateHoldings holdings;
    private final AtRiskRules rules;
    private final WorkingDays days;
    private final Clock clock;

    CohortTracking(ProgramRepository programs, ProgramRevisionRepository revisions, PeopleDirectory people,
            ModuleCompletion modules, ExamDirectory exams, ExamResults results, CertificateHoldings holdings,
            AtRiskRules rules, WorkingDays days, Clock clock) {
        this.programs = programs;
        this.revisions = revisions;
        this.people = people;
        this.modules = modules;
        this.exams = exams;
        this.results = results;
        this.holdings = holdings;
        this.rules = rules;
        this.days = days;
        this.clock = clock;
    }

    Board board(Cohort cohort, Locale locale) {
        return board(cohort, cohort.members(), locale);
    }

    /** The board with one member only, for their own page and notices. */
    Board board(Cohort cohort, CohortMember member, Locale locale) {
        return board(cohort, List.of(member), locale);
    }

    /**
     * Whether the cohort still runs on the day: until a month after its last member's last due
     * date. Boards of cohorts that ended long ago are not worked out for the list, nor checked for notices.
     */
    boolean isRunning(Cohort cohort, LocalDate day) {
        return isRunning(cohort, planOf(cohort), day);
    }

    /** The same, for a cohort whose plan is at hand. */
    boolean isRunning(Cohort cohort, ProgramPlan plan, LocalDate day) {
        LocalDate latestStart = cohort.members().stream().map(cohort::startOf).max(Comparator.naturalOrder())
                .orElse(cohort.getStartDate());
        List<Assignment> schedule = Schedule.of(plan, latestStart, days);
        return schedule.isEmpty() || !schedule.get(schedule.size() - 1).dueOn().plusDays(FINISHED_AFTER_DAYS).isBefore(day);
    }

    WorkingDays workingDays() {
        return days;
    }

    ProgramPlan planOf(Cohort cohort) {
        return revisions.findByProgramIdAndNumber(cohort.getProgramId(), cohort.getProgramRevision())
                .map(ProgramRevision::plan)
                .orElseThrow(() -> new IllegalStateException("Cohort " + cohort.getId() + " follows a missing revision"));
    }

    private Board board(Cohort cohort, List<CohortMember> members, Locale locale) {
        Program program = programs.findById(cohort.getProgramId()).orElseThrow();
        ProgramPlan plan = planOf(cohort);
        LocalDate today = LocalDate.now(clock);
        Catalog catalog = new Catalog(modules.modules(locale), exams.all(), locale);
        Map<Long, PersonSummary> persons = people.byIds(members.stream().map(CohortMember::getPersonId).toList());
        List<Standing> standings = new ArrayList<>();
        for (CohortMember member : members) {
            PersonSummary person = persons.get(member.getPersonId());
            if (person == null) {
                continue;
            }
            MemberProgress progress = progress(person.id(), cohort.startOf(member), plan, catalog);
            standings.add(new Standing(person, progress, today, progress.scheduleDays(today, days),
                    rules.assess(progress)));
        }
        standings.sort(Comparator.comparing((Standing standing) -> standing.person().displayName()));
        return new Board(cohort, program, plan, people.byId(cohort.getTrainerId()), standings);
    }

    private MemberProgress progress(long personId, LocalDate start, ProgramPlan plan, Catalog catalog) {
        Map<String, ModuleCompletion.Reading> readings = modules.of(personId).stream()
                .collect(Collectors.toMap(ModuleCompletion.Reading::key, Function.identity(), (a, b) -> a));
        Map<String, List<ExamResults.Result>> byPlanExam = new HashMap<>();
        Set<String> slugs = new LinkedHashSet<>();
        plan.exams().forEach(exam -> slugs.addAll(catalog.versionsOf(exam)));
        List<ExamResults.Result> graded = results.graded(personId, slugs);
        for (String exam : plan.exams()) {
            Set<String> versions = catalog.versionsOf(exam);
            byPlanExam.put(exam, graded.stream().filter(result -> versions.contains(result.examSlug())).toList());
        }
        Instant lastActivity = null;
        List<MemberProgress.WeekProgress> weeks = new ArrayList<>();
        for (Assignment assignment : Schedule.of(plan, start, days)) {
            List<MemberProgress.Item> items = new ArrayList<>();
            for (String reference : assignment.content().modules()) {
                String key = ProgramPlan.moduleKey(reference);
                ModuleCompletion.Reading reading = readings.get(key);
                items.add(new MemberProgress.Item(MemberProgress.Item.Kind.MODULE, reference, catalog.moduleTitle(key),
                        catalog.modulePath(key), reading == null ? null : reading.completedAt()));
                lastActivity = latest(lastActivity, reading == null ? null : reading.lastReadAt());
            }
            for (String exam : assignment.content().exams()) {
                List<ExamResults.Result> taken = byPlanExam.get(exam);
                Instant passedAt = taken.stream().filter(ExamResults.Result::passed).map(ExamResults.Result::finishedAt)
                        .min(Comparator.naturalOrder()).orElse(null);
                items.add(new MemberProgress.Item(MemberProgress.Item.Kind.EXAM, exam, catalog.examTitle(exam),
                        catalog.examPath(exam), passedAt));
                lastActivity = latest(lastActivity, taken.isEmpty() ? null : taken.get(0).finishedAt());
            }
            weeks.add(new MemberProgress.WeekProgress(assignment, items));
        }
        List<MemberProgress.ExamRecord> records = plan.exams().stream().map(exam -> {
            List<ExamResults.Result> taken = byPlanExam.get(exam);
            ExamResults.Result latest = taken.isEmpty() ? null : taken.get(0);
            return new MemberProgress.ExamRecord(exam, catalog.examTitle(exam), taken.size(),
                    (int) taken.stream().filter(result -> !result.passed()).count(),
                    latest == null ? null : latest.percent(), taken.stream().anyMatch(ExamResults.Result::passed),
                    latest == null ? null : latest.finishedAt());
        }).toList();
        List<CertificateHoldings.Holding> held = holdings.of(personId).stream()
                .filter(CertificateHoldings.Holding::current).toList();
        Instant goLiveSince = held.stream()
                .filter(holding -> holding.certificationId().equals(plan.goLiveCertification()))
                .map(CertificateHoldings.Holding::issuedAt).findFirst().orElse(null);
        return new MemberProgress(personId, start, weeks, records, lastActivity,
                held.stream().map(CertificateHoldings.Holding::certificationId).toList(), goLiveSince);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** Titles and pages of the modules and exams, in the reader's language where there is a choice. */
    private static final class Catalog {

        private final Map<String, ModuleCompletion.Module> modules;
        private final Map<String, ExamDirectory.Entry> exams;
        private final Locale locale;

        Catalog(List<ModuleCompletion.Module> modules, List<ExamDirectory.Entry> exams, Locale locale) {
            this.modules = modules.stream()
                    .collect(Collectors.toMap(ModuleCompletion.Module::key, Function.identity(), (a, b) -> a));
            this.exams = exams.stream().collect(Collectors.toMap(ExamDirectory.Entry::slug, Function.identity()));
            this.locale = locale;
        }

        String moduleTitle(String key) {
            ModuleCompletion.Module module = modules.get(key);
            return module == null ? key : module.title();
        }

        String modulePath(String key) {
            ModuleCompletion.Module module = modules.get(key);
            return module == null ? null : module.path();
        }

        String examTitle(String slug) {
            ExamDirectory.Entry exam = exams.get(slug);
            return exam == null ? slug : exam.title();
        }

        /** The exam in the reader's language when a version of it exists in it, else the program's. */
        String examPath(String slug) {
            ExamDirectory.Entry exam = exams.get(slug);
            if (exam == null) {
                return null;
            }
            String wanted = "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
            return versionsOf(slug).stream().map(exams::get).filter(Objects::nonNull)
                    .filter(version -> wanted.equals(version.locale())).findFirst().orElse(exam).path();
        }

        /** The exam and every other exam granting the same certification. */
        Set<String> versionsOf(String slug) {
            Set<String> versions = new LinkedHashSet<>(List.of(slug));
            ExamDirectory.Entry exam = exams.get(slug);
            if (exam != null && exam.certificationId() != null) {
                exams.values().stream().filter(other -> exam.certificationId().equals(other.certificationId()))
                        .map(ExamDirectory.Entry::slug).sorted().forEach(versions::add);
            }
            return versions;
        }
    }
}

package com.agentacademy.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import com.agentacademy.catalog.ModuleCompletion;
import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.exam.ExamDirectory;

/** What the program pages show of the catalog and the exams: titles, and the choices of the editor. */
@Component
class ProgramCatalog {

    /** A week as a page shows it: its items with their titles. */
    record WeekView(int number, ProgramPlan.Week week, List<Line> modules, List<Line> exams) {
    }

    /**
     * A module or exam of a program, titled; {@code known} is false for a name the catalog no
     * longer has (a module removed since, for example).
     */
    record Line(String reference, String title, String path, boolean known) {
    }

    /** What the editor offers: the modules course by course, the exams, the certifications. */
    record Choices(Map<String, List<ModuleCompletion.Module>> modulesByCourse, List<ExamDirectory.Entry> exams,
            List<CertificationCatalog.Definition> certifications) {
    }

    private final ModuleCompletion modules;
    private final ExamDirectory exams;
    private final CertificationCatalog certifications;

    ProgramCatalog(ModuleCompletion modules, ExamDirectory exams, CertificationCatalog certifications) {
        this.modules = modules;
        this.exams = exams;
        this.certifications = certifications;
    }

    List<WeekView> weeks(ProgramPlan plan, Locale locale) {
        Map<String, ModuleCompletion.Module> byKey = modules.modules(locale).stream()
                .collect(Collectors.toMap(ModuleCompletion.Module::key, Function.identity(), (a, b) -> a));
        Map<String, ExamDirectory.Entry> bySlug = exams.all().stream()
                .collect(Collectors.toMap(ExamDirectory.Entry::slug, Function.identity()));
        return IntStream.range(0, plan.weeks().size()).mapToObj(i -> {
            ProgramPlan.Week week = plan.weeks().get(i);
            List<Line> moduleLines = week.modules().stream().map(reference -> {
                ModuleCompletion.Module module = byKey.get(ProgramPlan.moduleKey(reference));
                return module == null ? new Line(reference, reference, null, false)
                        : new Line(reference, module.courseTitle() + " · " + module.title(), module.path(), true);
            }).toList();
            List<Line> examLines = week.exams().stream().map(slug -> {
                ExamDirectory.Entry exam = bySlug.get(slug);
                return exam == null ? new Line(slug, slug, null, false) : new Line(slug, exam.title(), exam.path(), true);
            }).toList();
            return new WeekView(i + 1, week, moduleLines, examLines);
        }).toList();
    }

    Choices choices(Locale locale) {
        Map<String, List<ModuleCompletion.Module>> byCourse = new LinkedHashMap<>();
        modules.modules(locale).forEach(module -> byCourse
                .computeIfAbsent(module.courseTitle(), course -> new ArrayList<>()).add(module));
        return new Choices(byCourse, exams.all(), certifications.all());
    }

    String certificationName(String id, Locale locale) {
        return id == null ? null : certifications.find(id).map(definition -> definition.name(locale)).orElse(id);
    }
}

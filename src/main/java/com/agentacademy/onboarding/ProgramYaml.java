package com.agentacademy.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.YamlDocument;

/**
 * A program file ({@code courses/_programs/<slug>.yml}) read into a {@link ProgramPlan} with every
 * problem named by file and line, and a plan written back in the same layout, so that what
 * trainers change in the browser can be exported and imported again unchanged.
 */
final class ProgramYaml {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern MODULE_REFERENCE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/\\d{2}-[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;

    private static final Set<String> PROGRAM_KEYS = Set.of("title", "summary", "weeks", "go-live-certification");
    private static final Set<String> WEEK_KEYS = Set.of("title", "modules", "exams");
    private static final Set<String> LOCALES = Set.of("en", "zh-CN");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.()/+–—'’·、，。（）-]*");

    /** A plan, or the problems that kept the file from being one. */
    record Result(Optional<ProgramPlan> plan, List<ContentProblem> problems) {
    }

    private final String where;
    private final ProgramReferences references;
    private final List<ContentProblem> problems = new ArrayList<>();

    private ProgramYaml(String where, ProgramReferences references) {
        this.where = where;
        this.references = references;
    }

    /**
     * Reads a program file's text.
     *
     * @param where the file as problems name it, e.g. {@code courses/_programs/new-hire-onboarding.yml}
     */
    static Result read(String text, String where, ProgramReferences references) {
        var reader = new ProgramYaml(where, references);
        try {
            Optional<ProgramPlan> plan = reader.plan(YamlDocument.read(text, 0));
            return new Result(reader.problems.isEmpty() ? plan : Optional.empty(), List.copyOf(reader.problems));
        }
        catch (YamlDocument.Unreadable ex) {
            return new Result(Optional.empty(), List.of(ex.at(where)));
        }
    }

    private Optional<ProgramPlan> plan(YamlDocument yaml) {
        unknownKeys(yaml, PROGRAM_KEYS);
        String[] title = localized(yaml, "title", MAX_TITLE, true);
        String[] summary = localized(yaml, "summary", MAX_SUMMARY, false);
        List<YamlDocument> weekItems = yaml.mappings("weeks");
        if (weekItems.isEmpty()) {
            report(yaml.line("weeks"), "the program has no weeks (weeks: a list of title, modules and exams)");
        }
        else if (weekItems.size() > ProgramPlan.MAX_WEEKS) {
            report(yaml.line("weeks"), "a program has at most " + ProgramPlan.MAX_WEEKS + " weeks, this one has "
                    + weekItems.size());
        }
        Map<String, Integer> firstUse = new HashMap<>();
        List<ProgramPlan.Week> weeks = new ArrayList<>();
        for (YamlDocument item : weekItems) {
            weeks.add(week(item, weeks.size() + 1, firstUse));
        }
        String goLive = yaml.text("go-live-certification").orElse(null);
        if (goLive != null) {
            checkGoLive(yaml.line("go-live-certification"), goLive, weeks, weekItems);
        }
        return Optional.of(new ProgramPlan(title[0], title[1], summary[0], summary[1], weeks, goLive));
    }

    private ProgramPlan.Week week(YamlDocument item, int number, Map<String, Integer> firstUse) {
        unknownKeys(item, WEEK_KEYS);
        String[] title = localized(item, "title", MAX_TITLE, true);
        List<String> modules = new ArrayList<>();
        for (YamlDocument.Item module : item.listItems("modules")) {
            if (checkModule(module, firstUse)) {
                modules.add(module.value());
            }
        }
        List<String> exams = new ArrayList<>();
        for (YamlDocument.Item exam : item.listItems("exams")) {
            if (checkExam(exam, firstUse)) {
                exams.add(exam.value());
            }
        }
        if (item.listItems("modules").isEmpty() && item.listItems("exams").isEmpty()) {
            report(item.firstLine(), "week " + number + " has neither modules nor exams");
        }
        return new ProgramPlan.Week(title[0], title[1], modules, exams);
    }

    private boolean checkModule(YamlDocument.Item module, Map<String, Integer> firstUse) {
        String reference = module.value();
        if (!MODULE_REFERENCE.matcher(reference).matches()) {
            report(module.line(), "\"" + reference + "\" is not a module: write course-slug/NN-module-slug, "
                    + "for example handset-products/01-model-lines");
            return false;
        }
        if (!references.isModule().test(reference)) {
            report(module.line(), "unknown module \"" + reference + "\": there is no courses/" + reference + ".md");
            return false;
        }
        return once(module, firstUse);
    }

    private boolean checkExam(YamlDocument.Item exam, Map<String, Integer> firstUse) {
        if (!SLUG.matcher(exam.value()).matches() || !references.isExam().test(exam.value())) {
            report(exam.line(), "unknown exam \"" + exam.value() + "\": there is no exams/" + exam.value() + "/");
            return false;
        }
        return once(exam, firstUse);
    }

    private boolean once(YamlDocument.Item item, Map<String, Integer> firstUse) {
        Integer earlier = firstUse.putIfAbsent(item.value(), item.line());
        if (earlier != null) {
            report(item.line(), "\"" + item.value() + "\" is already in the program at line " + earlier);
            return false;
        }
        return true;
    }

    /** The go-live certification must exist and be granted by an exam of the last week. */
    private void checkGoLive(int line, String certification, List<ProgramPlan.Week> weeks,
            List<YamlDocument> weekItems) {
        if (!references.isCertification().test(certification)) {
            report(line, "unknown certification \"" + certification + "\": it is not in exams/certifications.yml");
            return;
        }
        if (weeks.isEmpty()) {
            return;
        }
        List<String> lastExams = weeks.get(weeks.size() - 1).exams();
        boolean unreadable = lastExams.stream().anyMatch(exam -> !references.grants().containsKey(exam));
        boolean granted = lastExams.stream().anyMatch(exam -> certification.equals(references.grants().get(exam)));
        if (!granted && !unreadable) {
            report(weekItems.get(weekItems.size() - 1).firstLine(), "the last week has no exam that grants \""
                    + certification + "\": a program ends with its go-live certification");
        }
    }

    /** {@code key: {en: ..., zh-CN: ...}}, or a plain value for English only. */
    private String[] localized(YamlDocument yaml, String key, int maxLength, boolean required) {
        String english = yaml.text(key).orElse(null);
        String chinese = null;
        Optional<YamlDocument> mapping = yaml.mapping(key);
        if (mapping.isPresent()) {
            unknownKeys(mapping.get(), LOCALES);
            english = mapping.get().text("en").orElse(null);
            chinese = mapping.get().text("zh-CN").orElse(null);
        }
        if (required && english == null) {
            report(yaml.line(key), "missing " + key + " (" + key + ": {en: ..., zh-CN: ...})");
        }
        for (String text : new String[] { english, chinese }) {
            if (text != null && text.length() > maxLength) {
                report(yaml.line(key), "the " + key + " is longer than " + maxLength + " characters");
            }
        }
        return new String[] { english, chinese };
    }

    private void unknownKeys(YamlDocument yaml, Set<String> allowed) {
        for (String key : yaml.keys()) {
            if (!allowed.contains(key)) {
                report(yaml.line(key), "unknown key \"" + key + "\" (known: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(where, line, message));
    }

    /** The plan in the file layout; reading it back gives the same plan. */
    static String write(ProgramPlan plan) {
        var yaml = new StringBuilder();
        yaml.append("title:\n");
        localized(yaml, "  ", plan.titleEn(), plan.titleZh());
        if (plan.summaryEn() != null || plan.summaryZh() != null) {
            yaml.append("summary:\n");
            localized(yaml, "  ", plan.summaryEn(), plan.summaryZh());
        }
        yaml.append("weeks:\n");
        for (ProgramPlan.Week week : plan.weeks()) {
            yaml.append("  - title:\n");
            localized(yaml, "      ", week.titleEn(), week.titleZh());
            list(yaml, "modules", week.modules());
            list(yaml, "exams", week.exams());
        }
        if (plan.goLiveCertification() != null) {
            yaml.append("go-live-certification: ").append(scalar(plan.goLiveCertification())).append('\n');
        }
        return yaml.toString();
    }

    private static void localized(StringBuilder yaml, String indent, String english, String chinese) {
        if (english != null) {
            yaml.append(indent).append("en: ").append(scalar(english)).append('\n');
        }
        if (chinese != null) {
            yaml.append(indent).append("zh-CN: ").append(scalar(chinese)).append('\n');
        }
    }

    private static void list(StringBuilder yaml, String key, List<String> values) {
        yaml.append("    ").append(key).append(':');
        if (values.isEmpty()) {
            yaml.append(" []\n");
            return;
        }
        yaml.append('\n');
        values.forEach(value -> yaml.append("      - ").append(scalar(value)).append('\n'));
    }

    /** A plain scalar when that reads back as the same text, else a double-quoted one. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ")) {
            return text;
        }
        var quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}

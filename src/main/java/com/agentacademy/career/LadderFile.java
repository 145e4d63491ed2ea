package com.agentacademy.career;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.agentacademy.files.TextFile;
import com.agentacademy.files.YamlDocument;
import com.agentacademy.people.Role;

/**
 * Reads the ladder seed file. Every problem names the file and line; nothing is seeded unless the
 * whole file is right.
 */
final class LadderFile {

    /** A level as the file describes it. */
    record LevelSpec(String code, String nameEn, String nameZh, LadderLevel.Track track, List<String> follows,
            Set<Role> grants, List<Requirement> requirements) {
    }

    /** Why the file cannot be used, naming the place. */
    static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** Roles a promotion may grant; HR and ADMIN are given by an administrator, not earned on the ladder. */
    static final Set<Role> LADDER_ROLES = EnumSet.of(Role.AGENT, Role.QA, Role.TRAINER, Role.SUPERVISOR);

    static final int MAX_BYTES = 256 * 1024;

    private final String name;
    private final List<String> problems = new ArrayList<>();

    private LadderFile(String name) {
        this.name = name;
    }

    static List<LevelSpec> read(String name, String text) {
        return new LadderFile(name).levels(text);
    }

    /** Reads the file's bytes, which must be UTF-8 text of at most {@link #MAX_BYTES}. */
    static List<LevelSpec> read(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Invalid(name + ": the file is larger than " + MAX_BYTES / 1024 + " KB");
        }
        try {
            return read(name, TextFile.decode(bytes));
        }
        catch (TextFile.Unusable unusable) {
            throw new Invalid(name + " line " + Math.max(unusable.line(), 1) + ": " + unusable.getMessage());
        }
    }

    private List<LevelSpec> levels(String text) {
        YamlDocument document;
        try {
            document = YamlDocument.read(text, 0);
        }
        catch (YamlDocument.Unreadable unreadable) {
            throw new Invalid(name + " line " + unreadable.line() + ": " + unreadable.getMessage());
        }
        List<LevelSpec> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlDocument level : document.mappings("levels")) {
            level(level).ifPresent(spec -> {
                if (!codes.add(spec.code())) {
                    problem(level.line("code"), "the level code " + spec.code() + " is used twice");
                }
                levels.add(spec);
            });
        }
        if (levels.isEmpty() && problems.isEmpty()) {
            problem(document.firstLine(), "no levels: expected a list under \"levels:\"");
        }
        for (int i = 0; i < levels.size(); i++) {
            for (String follows : levels.get(i).follows()) {
                if (!codes.contains(follows)) {
                    problem(document.mappings("levels").get(i).line("follows"), "follows the unknown level " + follows);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("\n", problems));
        }
        return levels;
    }

    private Optional<LevelSpec> level(YamlDocument level) {
        String code = level.text("code").orElse(null);
        if (code == null || !code.matches("[a-z0-9-]{1,40}")) {
            problem(level.line("code"), "each level needs a code of lower-case letters, digits and dashes");
            return Optional.empty();
        }
        Optional<YamlDocument> names = level.mapping("name");
        String en = names.flatMap(n -> n.text("en")).orElse(null);
        String zh = names.flatMap(n -> n.text("zh-CN")).orElse(null);
        if (en == null || zh == null) {
            problem(level.line("name"), "level " + code + " needs a name in en and zh-CN");
        }
        LadderLevel.Track track = LadderLevel.Track.MAIN;
        try {
            track = LadderLevel.Track.valueOf(level.text("track").orElse("main").toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            problem(level.line("track"), "track must be main or lateral");
        }
        Set<Role> grants = EnumSet.noneOf(Role.class);
        for (String role : level.list("grants")) {
            try {
                Role granted = Role.valueOf(role.toUpperCase(Locale.ROOT));
                if (!LADDER_ROLES.contains(granted)) {
                    problem(level.line("grants"), "a level cannot grant " + granted);
                }
                grants.add(granted);
            }
            catch (IllegalArgumentException unknown) {
                problem(level.line("grants"), "unknown role " + role);
            }
        }
        List<Requirement> requirements = new ArrayList<>();
        for (YamlDocument requirement : level.mappings("requirements")) {
            requirement(requirement).ifPresent(requirements::add);
        }
        return Optional.of(new LevelSpec(code, en == null ? code : en, zh == null ? code : zh, track, level.list("follows"),
                grants, requirements));
    }

    private Optional<Requirement> requirement(YamlDocument item) {
        try {
            if (item.has("certification")) {
                return item.text("certification").map(Requirement::certification);
            }
            if (item.has("course")) {
                return item.text("course").map(Requirement::course);
            }
            if (item.has("tenure-months")) {
                return item.integer("tenure-months").map(Requirement::tenure);
            }
            if (item.has("kpi")) {
                Optional<Measure> measure = item.text("kpi").flatMap(Measure::byCode);
                if (measure.isEmpty()) {
                    problem(item.line("kpi"), "unknown KPI " + item.text("kpi").orElse("")
                            + " (first-contact-resolution, handle-time, qa-score, csat, calls-handled)");
                    return Optional.empty();
                }
                BigDecimal atLeast = item.text("at-least").map(BigDecimal::new).orElse(null);
                BigDecimal atMost = item.text("at-most").map(BigDecimal::new).orElse(null);
                if (atLeast == null && atMost == null) {
                    problem(item.line("kpi"), "a KPI requirement needs at-least, at-most or both");
                    return Optional.empty();
                }
                return Optional.of(Requirement.kpi(measure.get(), atLeast, atMost, item.integer("months").orElse(3)));
            }
            if (item.has("assessment")) {
                return Optional.of(Requirement.assessment(item.list("assessment"), item.integer("within-months").orElse(null)));
            }
            if (item.has("supervisor-review")) {
                return Optional.of(Requirement.supervisorReview());
            }
        }
        catch (NumberFormatException notANumber) {
            problem(item.firstLine(), "expected a number: " + notANumber.getMessage());
            return Optional.empty();
        }
        problem(item.firstLine(), "unknown requirement " + item.keys()
                + " (certification, course, tenure-months, kpi, assessment, supervisor-review)");
        return Optional.empty();
    }

    private void problem(int line, String message) {
        problems.add(name + " line " + line + ": " + message);
    }
}

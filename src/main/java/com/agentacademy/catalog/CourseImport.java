package com.agentacademy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.FrontMatter;
import com.agentacademy.files.YamlDocument;

/**
 * Imports the {@code courses/} folder: every course folder's {@code course.yml}, its module files
 * in each language and its images. A file whose content is already there is skipped; a changed
 * module file becomes a new published revision. A broken file is reported as
 * {@code path:line: message} and skipped, and nothing that was imported before is removed, whatever
 * is missing or broken now. Each course is imported in its own transaction.
 */
@Service
class CourseImport {

    private static final Logger log = LoggerFactory.getLogger(CourseImport.class);

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern MODULE_FILE = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)(\\.zh-CN)?\\.md");
    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");
    private static final int MAX_MODULE_BYTES = 1024 * 1024;
    private static final int MAX_MINUTES = 600;

    private final CourseContentProperties properties;
    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final ModuleRevisionRepository revisions;
    private final CourseImageRepository images;
    private final ContentImportRunRepository runs;
    private final ModuleRendering rendering;
    private final ModulePublishing publishing;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CourseImport(CourseContentProperties properties, CourseRepository courses, CourseModuleRepository modules,
            ModuleRevisionRepository revisions, CourseImageRepository images, ContentImportRunRepository runs,
            ModuleRendering rendering, ModulePublishing publishing, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.courses = courses;
        this.modules = modules;
        this.revisions = revisions;
        this.images = images;
        this.runs = runs;
        this.rendering = rendering;
        this.publishing = publishing;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Counts of one course folder, merged into the report only when its transaction committed. */
    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int images;
        final List<ContentProblem> problems = new ArrayList<>();
    }

    ImportReport importAll(String kind, Long personId) {
        Instant started = clock.instant();
        Path root = properties.coursesDir();
        List<ContentProblem> problems = new ArrayList<>();
        int courseCount = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int imageCount = 0;
        if (!Files.isDirectory(root)) {
            problems.add(new ContentProblem(root.toString(), 0, "the courses folder does not exist"));
        }
        else {
            for (Path folder : courseFolders(root)) {
                courseCount++;
                Tally tally = new Tally();
                try {
                    transactions.executeWithoutResult(status -> importCourse(folder, tally));
                    created += tally.created;
                    updated += tally.updated;
                    unchanged += tally.unchanged;
                    imageCount += tally.images;
                    problems.addAll(tally.problems);
                }
                catch (RuntimeException ex) {
                    log.error("Importing {} failed", folder, ex);
                    problems.addAll(tally.problems);
                    problems.add(new ContentProblem(display(folder), 0, "the course could not be imported: "
                            + ex.getClass().getSimpleName()));
                }
            }
        }
        var report = new ImportReport(courseCount, created, updated, unchanged, imageCount, List.copyOf(problems));
        problems.forEach(problem -> log.warn("{}", problem));
        log.info("Course import ({}): {}", kind, report.summary());
        runs.save(new ContentImportRun(kind, started, clock.instant(), personId, report.summary(),
                problems.stream().map(ContentProblem::toString).toList()));
        return report;
    }

    private static List<Path> courseFolders(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("_")
                            && !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void importCourse(Path folder, Tally tally) {
        String slug = folder.getFileName().toString();
        if (!SLUG.matcher(slug).matches()) {
            tally.problems.add(new ContentProblem(display(folder), 0,
                    "a course folder's name has lower-case letters, digits and hyphens only"));
            return;
        }
        Optional<Course> existing = courses.findBySlug(slug);
        Optional<Course.Details> details = readCourseFile(folder, tally.problems);
        if (details.isEmpty() && existing.isEmpty()) {
            return;
        }
        Course course = existing.orElseGet(() -> new Course(slug));
        if (details.isPresent() && !details.get().equals(course.details())) {
            course.describe(details.get());
            course = courses.save(course);
        }
        Set<String> imageNames = importImages(course, folder.resolve("images"), tally);
        Set<String> moduleFiles = moduleFileNames(folder);
        var byModule = new TreeMap<String, List<Path>>();
        for (String name : moduleFiles) {
            Matcher matcher = MODULE_FILE.matcher(name);
            if (!matcher.matches()) {
                tally.problems.add(new ContentProblem(display(folder.resolve(name)), 0,
                        "a module file is named NN-name.md or NN-name.zh-CN.md (NN: two digits, name: a-z, 0-9, -)"));
                continue;
            }
            byModule.computeIfAbsent(matcher.group(1) + "-" + matcher.group(2), key -> new ArrayList<>())
                    .add(folder.resolve(name));
        }
        for (var files : byModule.values()) {
            files.sort((a, b) -> a.getFileName().toString().length() - b.getFileName().toString().length());
            for (Path file : files) {
                importModuleFile(course, file, imageNames, moduleFiles, tally);
            }
        }
    }

    private Optional<Course.Details> readCourseFile(Path folder, List<ContentProblem> problems) {
        Path file = folder.resolve("course.yml");
        String where = display(file);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(where, 0, "course.yml is missing"));
            return Optional.empty();
        }
        int before = problems.size();
        try {
            YamlDocument yaml = YamlDocument.read(utf8(Files.readAllBytes(file)), 0);
            Localized title = localized(yaml, "title");
            Localized summary = localized(yaml, "summary");
            if (title.en() == null) {
                problems.add(new ContentProblem(where, yaml.line("title"), "missing title (title: {en: ..., zh-CN: ...})"));
            }
            Optional<Track> track = yaml.text("track").flatMap(Track::fromKey);
            if (track.isEmpty()) {
                problems.add(new ContentProblem(where, yaml.line("track"), "unknown or missing track \""
                        + yaml.text("track").orElse("") + "\" (one of " + trackNames() + ")"));
            }
            int order = number(yaml, "order", 100, where, problems);
            int minutes = number(yaml, "minutes", 0, where, problems);
            List<String> prerequisites = yaml.list("prerequisites");
            for (String prerequisite : prerequisites) {
                if (!Files.isDirectory(folder.resolveSibling(prerequisite)) && courses.findBySlug(prerequisite).isEmpty()) {
                    problems.add(new ContentProblem(where, yaml.line("prerequisites"),
                            "prerequisite \"" + prerequisite + "\" is not a course"));
                }
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Course.Details(title.en(), title.zh(), summary.en(), summary.zh(), track.get(), order,
                    minutes, prerequisites));
        }
        catch (YamlDocument.Unreadable ex) {
            problems.add(new ContentProblem(where, ex.line(), ex.getMessage()));
        }
        catch (NotUtf8 ex) {
            problems.add(new ContentProblem(where, 0, ex.getMessage()));
        }
        catch (IOException ex) {
            problems.add(new ContentProblem(where, 0, "cannot be read: " + ex.getMessage()));
        }
        return Optional.empty();
    }

    private record Localized(String en, String zh) {
    }

    private static Localized localized(YamlDocument yaml, String key) {
        Optional<YamlDocument> nested = yaml.mapping(key);
        if (nested.isPresent()) {
            return new Localized(nested.get().text("en").orElse(null), nested.get().text("zh-CN").orElse(null));
        }
        return new Localized(yaml.text(key).orElse(null), null);
    }

    private static int number(YamlDocument yaml, String key, int fallback, String where, List<ContentProblem> problems) {
        try {
            int value = yaml.integer(key).orElse(fallback);
            if (value < 0) {
                problems.add(new ContentProblem(where, yaml.line(key), key + " must not be negative"));
            }
            return value;
        }
        catch (NumberFormatException ex) {
            problems.add(new ContentProblem(where, yaml.line(key), key + " must be a whole number"));
            return fallback;
        }
    }

    private static String trackNames() {
        return String.join(", ", Stream.of(Track.values()).map(Track::key).toList());
    }

    private Set<String> importImages(Course course, Path folder, Tally tally) {
        Set<String> names = new HashSet<>();
        images.findByCourseIdOrderByNameAsc(course.getId()).forEach(image -> names.add(image.getName()));
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String where = display(file);
                if (!IMAGE_NAME.matcher(name).matches()) {
                    tally.problems.add(new ContentProblem(where, 0, "an image name has letters, digits, . _ - only"));
                    continue;
                }
                if (Files.size(file) > ImageType.MAX_BYTES) {
                    tally.problems.add(new ContentProblem(where, 0, "an image is at most 2 MB"));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                Optional<ImageType> type = ImageType.of(bytes);
                if (type.isEmpty()) {
                    tally.problems.add(new ContentProblem(where, 0, "not a PNG, JPEG, GIF or WebP image"));
                    continue;
                }
                String hash = sha256(bytes);
                Optional<CourseImage> existing = images.findByCourseIdAndName(course.getId(), name);
                if (existing.isEmpty()) {
                    images.save(new CourseImage(course.getId(), name, type.get(), bytes, hash, clock));
                    tally.images++;
                }
                else if (!existing.get().getContentHash().equals(hash)) {
                    existing.get().replace(type.get(), bytes, hash);
                    tally.images++;
                }
                names.add(name);
            }
        }
        catch (IOException ex) {
            tally.problems.add(new ContentProblem(display(folder), 0, "cannot be read: " + ex.getMessage()));
        }
        return names;
    }

    private static Set<String> moduleFileNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new HashSet<>();
            files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".md")).forEach(names::add);
            return names;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void importModuleFile(Course course, Path file, Set<String> imageNames, Set<String> moduleFiles,
            Tally tally) {
        String name = file.getFileName().toString();
        String where = display(file);
        Matcher matcher = MODULE_FILE.matcher(name);
        matcher.matches();
        int position = Integer.parseInt(matcher.group(1));
        String slug = matcher.group(2);
        ContentLocale locale = matcher.group(3) == null ? ContentLocale.EN : ContentLocale.ZH_CN;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_MODULE_BYTES) {
                tally.problems.add(new ContentProblem(where, 0, "a module file is at most 1 MB"));
                return;
            }
            String hash = sha256(bytes);
            Optional<CourseModule> existing = modules.findByCourseIdAndSlug(course.getId(), slug);
            if (existing.isPresent() && revisions
                    .findFirstByModuleIdAndLocaleAndSourceHashIsNotNullOrderByNumberDesc(existing.get().getId(), locale.tag())
                    .map(revision -> hash.equals(revision.getSourceHash())).orElse(false)) {
                existing.get().moveTo(position);
                tally.unchanged++;
                return;
            }
            ModuleSource source = readModule(utf8(bytes), where, tally.problems);
            if (source == null) {
                return;
            }
            if (locale == ContentLocale.ZH_CN && existing.isEmpty()
                    && !moduleFiles.contains(String.format("%02d-%s.md", position, slug))) {
                tally.problems.add(new ContentProblem(where, 0, "the English file " + String.format("%02d-%s.md", position, slug)
                        + " is missing; every module has an English variant"));
                return;
            }
            ModuleRendering.Result result = rendering.render(course.getSlug(), source.body(), imageNames, moduleFiles,
                    locale.locale());
            if (!result.problems().isEmpty()) {
                result.problems().forEach(problem -> tally.problems.add(new ContentProblem(where,
                        problem.line() + source.bodyFirstLine() - 1, problem.message())));
                return;
            }
            CourseModule module = existing.orElseGet(() -> modules.save(new CourseModule(course.getId(), slug, position)));
            module.moveTo(position);
            Optional<ModuleRevision> current = revisions.findFirstByModuleIdAndLocaleAndStatusOrderByNumberDesc(
                    module.getId(), locale.tag(), ModuleRevision.Status.PUBLISHED);
            if (current.isPresent() && current.get().getTitle().equals(source.title())
                    && current.get().getMinutes() == source.minutes()
                    && current.get().getMarkdown().equals(source.body())) {
                current.get().importedFrom(hash);
                tally.unchanged++;
                return;
            }
            publishing.publishImported(course, module, locale, source.title(), source.minutes(), source.body(),
                    result.rendered(), hash);
            if (current.isPresent()) {
                tally.updated++;
            }
            else {
                tally.created++;
            }
        }
        catch (NotUtf8 ex) {
            tally.problems.add(new ContentProblem(where, 0, ex.getMessage()));
        }
        catch (IOException ex) {
            tally.problems.add(new ContentProblem(where, 0, "cannot be read: " + ex.getMessage()));
        }
    }

    /** A module file's front matter and body. */
    record ModuleSource(String title, int minutes, String body, int bodyFirstLine) {
    }

    /** Reads the front matter; reports what is missing and answers null when the file cannot be used. */
    static ModuleSource readModule(String text, String where, List<ContentProblem> problems) {
        FrontMatter parts = FrontMatter.split(text);
        if (!parts.hasYaml()) {
            problems.add(new ContentProblem(where, 1, "missing front matter: the file starts with ---, title: and minutes:, then ---"));
            return null;
        }
        try {
            YamlDocument yaml = YamlDocument.read(parts.yaml(), parts.yamlFirstLine() - 1);
            Optional<String> title = yaml.text("title");
            if (title.isEmpty()) {
                problems.add(new ContentProblem(where, yaml.line("title"), "missing title"));
            }
            Integer minutes = null;
            try {
                minutes = yaml.integer("minutes").orElse(null);
            }
            catch (NumberFormatException ex) {
                minutes = -1;
            }
            if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
                problems.add(new ContentProblem(where, yaml.line("minutes"), "minutes must be a whole number from 1 to "
                        + MAX_MINUTES));
            }
            if (title.isEmpty() || minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
                return null;
            }
            if (title.get().length() > 200) {
                problems.add(new ContentProblem(where, yaml.line("title"), "a title has at most 200 characters"));
                return null;
            }
            return new ModuleSource(title.get(), minutes, parts.body(), parts.bodyFirstLine());
        }
        catch (YamlDocument.Unreadable ex) {
            problems.add(new ContentProblem(where, ex.line(), ex.getMessage()));
            return null;
        }
    }

    private String display(Path path) {
        Path root = properties.coursesDir().toAbsolutePath().normalize();
        Path base = root.getParent() == null ? root : root.getParent();
        return base.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A file that is not UTF-8 text. */
    static final class NotUtf8 extends Exception {

        private static final long serialVersionUID = 1L;

        NotUtf8() {
            super("not UTF-8 text; save the file as UTF-8");
        }
    }

    static String utf8(byte[] bytes) throws NotUtf8 {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException ex) {
            throw new NotUtf8();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

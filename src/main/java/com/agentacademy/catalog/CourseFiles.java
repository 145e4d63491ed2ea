package com.agentacademy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.FrontMatter;
import com.agentacademy.files.TextFile;
import com.agentacademy.files.UnusableFile;
import com.agentacademy.files.YamlDocument;

/**
 * The rules of the files in one {@code courses/} folder, shared by the import and by
 * {@link CourseFolderCheck}: folder and file names, sizes, UTF-8, the fields of {@code course.yml}
 * and of a module's front matter, images by their first bytes. Every problem is added to the list
 * given, with its path relative to the courses folder's parent.
 */
final class CourseFiles {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MODULE_FILE = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)(\\.zh-CN)?\\.md");
    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");
    private static final int MAX_COURSE_FILE_BYTES = 1024 * 1024;
    private static final int MAX_MODULE_BYTES = 1024 * 1024;
    private static final int MAX_MINUTES = 600;

    private final Path root;

    CourseFiles(Path root) {
        this.root = root;
    }

    /** A module file taken apart by its name: {@code NN-slug.md} or {@code NN-slug.zh-CN.md}. */
    record ModuleFile(Path path, int position, String slug, ContentLocale locale) {

        String englishName() {
            return String.format("%02d-%s.md", position, slug);
        }
    }

    /** A module file's front matter and body. */
    record ModuleSource(String title, int minutes, String body, int bodyFirstLine) {
    }

    /** An image a module may show: its name is safe, its size within bounds, its type known by its bytes. */
    record Image(String name, ImageType type, byte[] bytes) {
    }

    boolean exists() {
        return Files.isDirectory(root);
    }

    ContentProblem missingFolder() {
        return new ContentProblem(root.toString(), 0, "the courses folder does not exist");
    }

    /** The course folders in name order; a folder whose name starts with _ or . is not a course. */
    List<Path> courseFolders() {
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

    boolean hasCourseName(Path folder, List<ContentProblem> problems) {
        if (SLUG.matcher(folder.getFileName().toString()).matches()) {
            return true;
        }
        problems.add(new ContentProblem(display(folder), 0,
                "a course folder's name has lower-case letters, digits and hyphens only"));
        return false;
    }

    /**
     * Reads {@code course.yml}; empty when it is missing or has any problem.
     *
     * @param isCourse whether a prerequisite's slug names a course
     */
    Optional<Course.Details> readCourseFile(Path folder, Predicate<String> isCourse, List<ContentProblem> problems) {
        Path file = folder.resolve("course.yml");
        String where = display(file);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(where, 0, "course.yml is missing"));
            return Optional.empty();
        }
        int before = problems.size();
        try {
            YamlDocument yaml = YamlDocument.read(TextFile.read(file, MAX_COURSE_FILE_BYTES), 0);
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
                if (!isCourse.test(prerequisite)) {
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
        catch (UnusableFile ex) {
            problems.add(ex.at(where));
        }
        return Optional.empty();
    }

    /** Whether a prerequisite names a folder beside the course's own. */
    static boolean isCourseFolder(Path folder, String slug) {
        return SLUG.matcher(slug).matches() && Files.isDirectory(folder.resolveSibling(slug));
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

    /** The files under a course's {@code images/} folder, in name order; none when there is no such folder. */
    List<Path> imageFiles(Path courseFolder, List<ContentProblem> problems) {
        Path folder = courseFolder.resolve("images");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
        catch (IOException ex) {
            problems.add(new ContentProblem(display(folder), 0, "cannot be read: " + ex.getMessage()));
            return List.of();
        }
    }

    Optional<Image> readImage(Path file, List<ContentProblem> problems) {
        String name = file.getFileName().toString();
        String where = display(file);
        if (!IMAGE_NAME.matcher(name).matches()) {
            problems.add(new ContentProblem(where, 0, "an image name has letters, digits, . _ - only"));
            return Optional.empty();
        }
        try {
            byte[] bytes = TextFile.readAtMost(file, ImageType.MAX_BYTES);
            if (bytes.length > ImageType.MAX_BYTES) {
                problems.add(new ContentProblem(where, 0, "an image is at most 2 MB"));
                return Optional.empty();
            }
            Optional<ImageType> type = ImageType.of(bytes);
            if (type.isEmpty()) {
                problems.add(new ContentProblem(where, 0, "not a PNG, JPEG, GIF or WebP image"));
                return Optional.empty();
            }
            return Optional.of(new Image(name, type.get(), bytes));
        }
        catch (IOException ex) {
            problems.add(new ContentProblem(where, 0, "cannot be read: " + ex.getMessage()));
            return Optional.empty();
        }
    }

    /** The names of all Markdown files of a course folder, misnamed ones too: links may point at any of them. */
    static Set<String> markdownFileNames(Path courseFolder) {
        try (Stream<Path> files = Files.list(courseFolder)) {
            Set<String> names = new HashSet<>();
            files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".md")).forEach(names::add);
            return names;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The module files among {@code names}, in module order with English first; misnamed files are reported. */
    List<ModuleFile> moduleFiles(Path courseFolder, Set<String> names, List<ContentProblem> problems) {
        List<ModuleFile> files = new ArrayList<>();
        for (String name : names) {
            Matcher matcher = MODULE_FILE.matcher(name);
            if (!matcher.matches()) {
                problems.add(new ContentProblem(display(courseFolder.resolve(name)), 0,
                        "a module file is named NN-name.md or NN-name.zh-CN.md (NN: two digits, name: a-z, 0-9, -)"));
                continue;
            }
            files.add(new ModuleFile(courseFolder.resolve(name), Integer.parseInt(matcher.group(1)), matcher.group(2),
                    matcher.group(3) == null ? ContentLocale.EN : ContentLocale.ZH_CN));
        }
        files.sort(Comparator.comparingInt(ModuleFile::position).thenComparing(ModuleFile::slug)
                .thenComparing(ModuleFile::locale));
        return files;
    }

    /** A module file's bytes; null, with the problem reported, when it is too large or cannot be read. */
    byte[] moduleBytes(ModuleFile file, List<ContentProblem> problems) {
        try {
            byte[] bytes = TextFile.readAtMost(file.path(), MAX_MODULE_BYTES);
            if (bytes.length > MAX_MODULE_BYTES) {
                problems.add(new ContentProblem(display(file.path()), 0, "a module file is at most 1 MB"));
                return null;
            }
            return bytes;
        }
        catch (IOException ex) {
            problems.add(new ContentProblem(display(file.path()), 0, "cannot be read: " + ex.getMessage()));
            return null;
        }
    }

    /** A module file's text and front matter; null, with the problems reported, when the file cannot be used. */
    ModuleSource moduleSource(ModuleFile file, byte[] bytes, List<ContentProblem> problems) {
        try {
            return readModule(TextFile.decode(bytes), display(file.path()), problems);
        }
        catch (TextFile.Unusable ex) {
            problems.add(ex.at(display(file.path())));
            return null;
        }
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
            problems.add(ex.at(where));
            return null;
        }
    }

    /** Reports a Chinese variant whose English file is not among {@code names}; every module has one. */
    boolean hasEnglishVariant(ModuleFile file, Set<String> names, List<ContentProblem> problems) {
        if (file.locale() == ContentLocale.EN || names.contains(file.englishName())) {
            return true;
        }
        problems.add(new ContentProblem(display(file.path()), 0, "the English file " + file.englishName()
                + " is missing; every module has an English variant"));
        return false;
    }

    /** Adds the problems rendering found in a module's body, at lines of its file. */
    void addRenderingProblems(ModuleFile file, ModuleSource source, List<RenderedModule.Problem> found,
            List<ContentProblem> problems) {
        found.forEach(problem -> problems.add(new ContentProblem(display(file.path()),
                problem.line() + source.bodyFirstLine() - 1, problem.message())));
    }

    String display(Path path) {
        Path absolute = root.toAbsolutePath().normalize();
        Path base = absolute.getParent() == null ? absolute : absolute.getParent();
        return base.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}

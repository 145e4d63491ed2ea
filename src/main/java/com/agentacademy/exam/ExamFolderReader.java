package com.agentacademy.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.TextFile;
import com.agentacademy.files.UnusableFile;
import com.agentacademy.files.YamlDocument;
import com.agentacademy.gift.GiftDocument;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;

/**
 * Reads an {@code exams/} folder as {@code docs/content-format.md} describes it:
 * {@code certifications.yml}, and for each exam folder its {@code exam.yml} and {@code .gift}
 * question banks. Plain Java: it needs no application context and no database.
 *
 * <p>Every problem is reported as {@code path:line: message}, the path relative to the exams
 * folder's parent. An exam with any problem is left out and the others are still read; nothing
 * thrown by a broken file escapes.
 */
public final class ExamFolderReader {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final long MAX_SETTINGS_BYTES = 1024 * 1024;
    private static final long MAX_BANK_BYTES = 5 * 1024 * 1024;
    private static final List<String> LOCALES = List.of("en", "zh-CN");
    private static final Set<String> EXAM_KEYS = Set.of("title", "locale", "certification", "courses",
            "time-limit-minutes", "pass-mark-percent", "max-attempts", "cooldown-hours", "shuffle-questions",
            "shuffle-answers", "draw", "time-expiry", "grace-minutes", "review", "rubric");

    private final Path examsDir;
    private final Path coursesDir;

    /**
     * @param examsDir the {@code exams/} folder
     * @param coursesDir the {@code courses/} folder the exams' {@code courses:} must name folders of,
     *        or {@code null} not to check them
     */
    public ExamFolderReader(Path examsDir, Path coursesDir) {
        this.examsDir = examsDir;
        this.coursesDir = coursesDir;
    }

    /** Reads the whole folder; a missing folder is one problem. */
    public ExamFolder read() {
        if (!Files.isDirectory(examsDir)) {
            return new ExamFolder(List.of(), List.of(),
                    List.of(new ContentProblem(examsDir.toString(), 0, "the exams folder does not exist")));
        }
        List<ContentProblem> problems = new ArrayList<>();
        Path certificationsFile = examsDir.resolve("certifications.yml");
        CertificationsFile certifications = CertificationsFile.read(certificationsFile, display(certificationsFile),
                problems);
        problems.sort(Comparator.comparingInt(ContentProblem::line));
        List<ExamDefinition> exams = new ArrayList<>();
        for (Path folder : examFolders()) {
            List<ContentProblem> found = new ArrayList<>();
            Optional<ExamDefinition> exam = readExam(folder, certifications, found);
            if (found.isEmpty()) {
                exam.ifPresent(exams::add);
            }
            found.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
            problems.addAll(found);
        }
        return new ExamFolder(certifications.certifications(), exams, problems);
    }

    /** The exam folders in name order; a folder whose name starts with _ or . is not an exam. */
    private List<Path> examFolders() {
        try (Stream<Path> entries = Files.list(examsDir)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("_")
                            && !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Optional<ExamDefinition> readExam(Path folder, CertificationsFile certifications,
            List<ContentProblem> problems) {
        String slug = folder.getFileName().toString();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new ContentProblem(display(folder), 0,
                    "an exam folder's name has lower-case letters, digits and hyphens only"));
            return Optional.empty();
        }
        QuestionBank bank = readQuestions(folder, problems);
        if (bank.questions().isEmpty() && !bank.broken()) {
            problems.add(new ContentProblem(display(folder), 0,
                    "the exam has no questions: write them in one or more .gift files in this folder"));
        }
        Path file = folder.resolve("exam.yml");
        String where = display(file);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(where, 0, "exam.yml is missing"));
            return Optional.empty();
        }
        try {
            var fields = new YamlFields(YamlDocument.read(TextFile.read(file, MAX_SETTINGS_BYTES), 0), where, problems);
            return readSettings(slug, fields, bank, certifications, problems);
        }
        catch (UnusableFile ex) {
            problems.add(ex.at(where));
        }
        return Optional.empty();
    }

    /** The questions of an exam folder and whether any of its .gift files had a problem. */
    private record QuestionBank(List<GiftQuestion> questions, boolean broken) {
    }

    private QuestionBank readQuestions(Path folder, List<ContentProblem> problems) {
        List<GiftQuestion> questions = new ArrayList<>();
        Map<String, String> firstUse = new HashMap<>();
        int before = problems.size();
        for (Path file : giftFiles(folder, problems)) {
            String where = display(file);
            try {
                GiftDocument document = GiftParser.parse(TextFile.read(file, MAX_BANK_BYTES));
                document.problems().forEach(problem -> problems.add(new ContentProblem(where, problem.line(),
                        problem.message())));
                for (GiftQuestion question : document.questions()) {
                    String place = "line " + question.line() + " of " + file.getFileName();
                    String earlier = question.id() == null ? null : firstUse.putIfAbsent(question.id(), place);
                    if (earlier == null) {
                        questions.add(question);
                    }
                    else {
                        problems.add(new ContentProblem(where, question.line(), "the id \"" + question.id()
                                + "\" is already used by the question at " + earlier));
                    }
                }
            }
            catch (TextFile.Unusable ex) {
                problems.add(ex.at(where));
            }
        }
        return new QuestionBank(questions, problems.size() > before);
    }

    private List<Path> giftFiles(Path folder, List<ContentProblem> problems) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(path -> path.getFileName().toString().endsWith(".gift"))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
        }
        catch (IOException ex) {
            problems.add(new ContentProblem(display(folder), 0, "cannot be read: " + ex.getMessage()));
            return List.of();
        }
    }

    private Optional<ExamDefinition> readSettings(String slug, YamlFields fields, QuestionBank bank,
            CertificationsFile certifications, List<ContentProblem> problems) {
        int before = problems.size();
        fields.allowOnly(EXAM_KEYS);
        Optional<String> title = fields.requiredText("title");
        Optional<String> locale = fields.requiredText("locale");
        if (locale.isPresent() && !LOCALES.contains(locale.get())) {
            fields.report("locale", "unknown locale \"" + locale.get() + "\" (one of " + String.join(", ", LOCALES) + ")");
        }
        Optional<String> certification = fields.text("certification");
        if (certification.isPresent() && !certifications.declares(certification.get())) {
            fields.report("certification", "certification \"" + certification.get() + "\" is not in certifications.yml");
        }
        List<String> courses = fields.list("courses");
        checkCourses(courses, fields);
        Optional<Integer> timeLimit = fields.number("time-limit-minutes", 1, ExamSettings.MAX_TIME_LIMIT_MINUTES, null);
        Optional<Integer> passMark = fields.number("pass-mark-percent", 1, 100, null);
        Optional<Integer> maxAttempts = fields.number("max-attempts", 1, YamlFields.NO_LIMIT, 1);
        Optional<Integer> cooldown = fields.number("cooldown-hours", 0, YamlFields.NO_LIMIT, 0);
        boolean shuffleQuestions = fields.flag("shuffle-questions", true);
        boolean shuffleAnswers = fields.flag("shuffle-answers", true);
        List<ExamDefinition.Draw> draws = draws(fields, bank);
        Optional<TimeExpiry> timeExpiry = fields.choice("time-expiry", TimeExpiry.class, TimeExpiry.AUTOSUBMIT);
        Optional<Integer> grace = fields.number("grace-minutes", 0, ExamSettings.MAX_GRACE_MINUTES, 0);
        if (timeExpiry.equals(Optional.of(TimeExpiry.GRACE)) && grace.equals(Optional.of(0))) {
            fields.report(fields.has("grace-minutes") ? "grace-minutes" : "time-expiry",
                    "grace-minutes must be 1 or more when time-expiry is grace");
        }
        Optional<ReviewPolicy> review = fields.choice("review", ReviewPolicy.class, ReviewPolicy.AFTER_SUBMIT);
        List<ExamDefinition.RubricCriterion> rubric = rubric(fields);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ExamDefinition(slug, title.get(), locale.get(), certification.orElse(null), courses,
                timeLimit.get(), passMark.get(), maxAttempts.get(), cooldown.get(), shuffleQuestions, shuffleAnswers,
                draws, timeExpiry.get(), grace.get(), review.get(), rubric, bank.questions()));
    }

    private void checkCourses(List<String> courses, YamlFields fields) {
        if (coursesDir == null || !Files.isDirectory(coursesDir)) {
            return;
        }
        for (String course : courses) {
            if (!SLUG.matcher(course).matches() || !Files.isDirectory(coursesDir.resolve(course))) {
                fields.report("courses", "course \"" + course + "\" is not a folder in "
                        + coursesDir.getFileName() + "/");
            }
        }
    }

    private static List<ExamDefinition.Draw> draws(YamlFields fields, QuestionBank bank) {
        List<ExamDefinition.Draw> draws = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        for (YamlFields item : fields.items("draw", "category and count")) {
            item.allowOnly(Set.of("category", "count"));
            Optional<String> category = item.requiredText("category");
            Optional<Integer> count = item.number("count", 1, YamlFields.NO_LIMIT, null);
            if (category.isEmpty() || count.isEmpty()) {
                continue;
            }
            if (!categories.add(category.get())) {
                item.report("category", "the category \"" + category.get() + "\" is drawn from twice");
            }
            // with a .gift file broken, questions are missing: counting them would only repeat its problem
            if (!bank.broken()) {
                checkDraw(item, category.get(), count.get(), bank.questions());
            }
            draws.add(new ExamDefinition.Draw(category.get(), count.get()));
        }
        return draws;
    }

    /** A description is read, not answered: it is never drawn. */
    private static void checkDraw(YamlFields item, String category, int count, List<GiftQuestion> questions) {
        long drawable = questions.stream()
                .filter(question -> category.equals(question.category()) && question.type() != GiftType.DESCRIPTION)
                .count();
        if (drawable == 0) {
            item.report("category", "the category \"" + category + "\" has no questions");
        }
        else if (count > drawable) {
            item.report("count", "the draw asks for " + count + " questions from \"" + category + "\", which has "
                    + drawable);
        }
    }

    private static List<ExamDefinition.RubricCriterion> rubric(YamlFields fields) {
        List<ExamDefinition.RubricCriterion> rubric = new ArrayList<>();
        for (YamlFields item : fields.items("rubric", "criterion and points")) {
            item.allowOnly(Set.of("criterion", "points"));
            Optional<String> criterion = item.requiredText("criterion");
            Optional<Integer> points = item.number("points", 1, YamlFields.NO_LIMIT, null);
            if (criterion.isPresent() && points.isPresent()) {
                rubric.add(new ExamDefinition.RubricCriterion(criterion.get(), points.get()));
            }
        }
        return rubric;
    }

    private String display(Path path) {
        Path root = examsDir.toAbsolutePath().normalize();
        Path base = root.getParent() == null ? root : root.getParent();
        return base.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}

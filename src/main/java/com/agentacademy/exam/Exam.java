package com.agentacademy.exam;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.agentacademy.files.ContentHash;

/** An exam's settings as its {@code exam.yml} states them; its questions are {@link ExamQuestion}s. */
@Entity
class Exam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String locale;

    private String certificationId;

    private String courses;

    private int timeLimitMinutes;

    private int passMarkPercent;

    private int maxAttempts;

    private int cooldownHours;

    private boolean shuffleQuestions;

    private boolean shuffleAnswers;

    private String draws;

    @Enumerated(EnumType.STRING)
    private TimeExpiry timeExpiry;

    private int graceMinutes;

    @Enumerated(EnumType.STRING)
    private ReviewPolicy review;

    private String rubric;

    /** The settings of {@code exam.yml} as last imported, hashed; {@code null} before the first import that kept it. */
    private String settingsSourceHash;

    @Version
    private long version;

    protected Exam() {
    }

    Exam(String slug) {
        this.slug = slug;
    }

    /** Takes over the settings of the definition; answers whether anything changed. */
    boolean configure(ExamDefinition definition) {
        String before = settings();
        this.title = definition.title();
        this.locale = definition.locale();
        this.certificationId = definition.certificationId();
        this.courses = String.join(",", definition.courses());
        this.timeLimitMinutes = definition.timeLimitMinutes();
        this.passMarkPercent = definition.passMarkPercent();
        this.maxAttempts = definition.maxAttempts();
        this.cooldownHours = definition.cooldownHours();
        this.shuffleQuestions = definition.shuffleQuestions();
        this.shuffleAnswers = definition.shuffleAnswers();
        this.draws = String.join("\n", definition.draws().stream().map(d -> d.count() + "\t" + d.category()).toList());
        this.timeExpiry = definition.timeExpiry();
        this.graceMinutes = definition.graceMinutes();
        this.review = definition.review();
        this.rubric = String.join("\n", definition.rubric().stream().map(r -> r.points() + "\t" + r.criterion()).toList());
        return !settings().equals(before);
    }

    /**
     * Takes over the settings of {@code exam.yml} when the file changed since they were last taken
     * from it, so that settings changed in the browser stay until the file itself changes. Without a
     * hash from an earlier import, the settings are taken to be the file's and the file's are
     * taken over: where they differ, the file changed.
     */
    void configureFromFile(ExamDefinition definition) {
        Exam asInFile = new Exam(definition.slug());
        asInFile.configure(definition);
        String hash = ContentHash.of(asInFile.settings());
        if (!hash.equals(settingsSourceHash)) {
            configure(definition);
            settingsSourceHash = hash;
        }
    }

    /** Takes over settings changed in the browser; {@code exam.yml} takes them back only when it changes. */
    void change(ExamSettings settings) {
        this.title = settings.title();
        this.timeLimitMinutes = settings.timeLimitMinutes();
        this.passMarkPercent = settings.passMarkPercent();
        this.maxAttempts = settings.maxAttempts();
        this.cooldownHours = settings.cooldownHours();
        this.shuffleQuestions = settings.shuffleQuestions();
        this.shuffleAnswers = settings.shuffleAnswers();
        this.draws = String.join("\n", settings.draws().stream().map(d -> d.count() + "\t" + d.category()).toList());
        this.timeExpiry = settings.timeExpiry();
        this.graceMinutes = settings.graceMinutes();
        this.review = settings.review();
    }

    private String settings() {
        return String.join("|", String.valueOf(title), String.valueOf(locale), String.valueOf(certificationId),
                String.valueOf(courses), String.valueOf(timeLimitMinutes), String.valueOf(passMarkPercent),
                String.valueOf(maxAttempts), String.valueOf(cooldownHours), String.valueOf(shuffleQuestions),
                String.valueOf(shuffleAnswers), String.valueOf(draws), String.valueOf(timeExpiry),
                String.valueOf(graceMinutes), String.valueOf(review), String.valueOf(rubric));
    }

    public List<ExamDefinition.Draw> getDraws() {
        return lines(draws).stream().map(line -> line.split("\t", 2))
                .map(parts -> new ExamDefinition.Draw(parts[1], Integer.parseInt(parts[0]))).toList();
    }

    public List<ExamDefinition.RubricCriterion> getRubric() {
        return lines(rubric).stream().map(line -> line.split("\t", 2))
                .map(parts -> new ExamDefinition.RubricCriterion(parts[1], Integer.parseInt(parts[0]))).toList();
    }

    public List<String> getCourses() {
        return courses == null || courses.isBlank() ? List.of() : Arrays.asList(courses.split(","));
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getLocale() {
        return locale;
    }

    public String getCertificationId() {
        return certificationId;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getPassMarkPercent() {
        return passMarkPercent;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public int getCooldownHours() {
        return cooldownHours;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleAnswers() {
        return shuffleAnswers;
    }

    public TimeExpiry getTimeExpiry() {
        return timeExpiry;
    }

    public int getGraceMinutes() {
        return graceMinutes;
    }

    public ReviewPolicy getReview() {
        return review;
    }
}

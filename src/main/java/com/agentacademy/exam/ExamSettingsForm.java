package com.agentacademy.exam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** The exam settings form; draws are one line each, "count category", as trainers read them. */
class ExamSettingsForm {

    private static final Pattern DRAW = Pattern.compile("(\\d{1,6})\\s+(\\S.*)");

    @NotBlank(message = "{exam-settings.title.invalid}")
    @Size(max = 200, message = "{exam-settings.title.invalid}")
    private String title;

    @NotNull(message = "{exam-settings.time-limit.invalid}")
    @Min(value = 1, message = "{exam-settings.time-limit.invalid}")
    @Max(value = ExamSettings.MAX_TIME_LIMIT_MINUTES, message = "{exam-settings.time-limit.invalid}")
    private Integer timeLimitMinutes;

    @NotNull(message = "{exam-settings.pass-mark.invalid}")
    @Min(value = 1, message = "{exam-settings.pass-mark.invalid}")
    @Max(value = 100, message = "{exam-settings.pass-mark.invalid}")
    private Integer passMarkPercent;

    @NotNull(message = "{exam-settings.max-attempts.invalid}")
    @Min(value = 1, message = "{exam-settings.max-attempts.invalid}")
    private Integer maxAttempts;

    @NotNull(message = "{exam-settings.cooldown.invalid}")
    @Min(value = 0, message = "{exam-settings.cooldown.invalid}")
    private Integer cooldownHours;

    private boolean shuffleQuestions;

    private boolean shuffleAnswers;

    @NotNull(message = "{exam-settings.time-expiry.invalid}")
    private TimeExpiry timeExpiry;

    @NotNull(message = "{exam-settings.grace.invalid}")
    @Min(value = 0, message = "{exam-settings.grace.invalid}")
    @Max(value = ExamSettings.MAX_GRACE_MINUTES, message = "{exam-settings.grace.invalid}")
    private Integer graceMinutes;

    @NotNull(message = "{exam-settings.review.invalid}")
    private ReviewPolicy review;

    @Size(max = 2000, message = "{exam-settings.draws.length}")
    private String draws = "";

    static ExamSettingsForm of(Exam exam) {
        var form = new ExamSettingsForm();
        form.title = exam.getTitle();
        form.timeLimitMinutes = exam.getTimeLimitMinutes();
        form.passMarkPercent = exam.getPassMarkPercent();
        form.maxAttempts = exam.getMaxAttempts();
        form.cooldownHours = exam.getCooldownHours();
        form.shuffleQuestions = exam.isShuffleQuestions();
        form.shuffleAnswers = exam.isShuffleAnswers();
        form.timeExpiry = exam.getTimeExpiry();
        form.graceMinutes = exam.getGraceMinutes();
        form.review = exam.getReview();
        form.draws = String.join("\n", exam.getDraws().stream().map(draw -> draw.count() + " " + draw.category())
                .toList());
        return form;
    }

    /**
     * Checks what no single field can: grace minutes with the grace policy, and that every draw can
     * be filled from the exam's live questions. Answers the draws, line by line.
     *
     * @param drawable how many live questions other than descriptions each category has
     */
    List<ExamDefinition.Draw> check(Map<String, Long> drawable, Errors errors) {
        if (timeExpiry == TimeExpiry.GRACE && graceMinutes != null && graceMinutes == 0) {
            errors.rejectValue("graceMinutes", "exam-settings.grace.required");
        }
        List<ExamDefinition.Draw> read = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        String[] texts = draws == null ? new String[0] : draws.split("\\R");
        for (int i = 0; i < texts.length; i++) {
            int line = i + 1;
            String text = texts[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher draw = DRAW.matcher(text);
            if (!draw.matches()) {
                errors.rejectValue("draws", "exam-settings.draws.format", new Object[] { line, text }, null);
                continue;
            }
            int count = Integer.parseInt(draw.group(1));
            String category = draw.group(2).strip();
            long available = drawable.getOrDefault(category, 0L);
            Integer earlier = lines.putIfAbsent(category, line);
            if (count < 1) {
                errors.rejectValue("draws", "exam-settings.draws.count", new Object[] { line }, null);
            }
            else if (earlier != null) {
                errors.rejectValue("draws", "exam-settings.draws.twice", new Object[] { line, category, earlier }, null);
            }
            else if (available == 0) {
                errors.rejectValue("draws", "exam-settings.draws.unknown", new Object[] { line, category }, null);
            }
            else if (count > available) {
                errors.rejectValue("draws", "exam-settings.draws.too-few",
                        new Object[] { line, category, available, count }, null);
            }
            read.add(new ExamDefinition.Draw(category, count));
        }
        return read;
    }

    /** The settings, once {@link #check} and the field constraints found nothing wrong. */
    ExamSettings toSettings(List<ExamDefinition.Draw> checkedDraws) {
        return new ExamSettings(title.strip(), timeLimitMinutes, passMarkPercent, maxAttempts, cooldownHours,
                shuffleQuestions, shuffleAnswers, checkedDraws, timeExpiry, graceMinutes, review);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public Integer getPassMarkPercent() {
        return passMarkPercent;
    }

    public void setPassMarkPercent(Integer passMarkPercent) {
        this.passMarkPercent = passMarkPercent;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getCooldownHours() {
        return cooldownHours;
    }

    public void setCooldownHours(Integer cooldownHours) {
        this.cooldownHours = cooldownHours;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public void setShuffleQuestions(boolean shuffleQuestions) {
        this.shuffleQuestions = shuffleQuestions;
    }

    public boolean isShuffleAnswers() {
        return shuffleAnswers;
    }

    public void setShuffleAnswers(boolean shuffleAnswers) {
        this.shuffleAnswers = shuffleAnswers;
    }

    public TimeExpiry getTimeExpiry() {
        return timeExpiry;
    }

    public void setTimeExpiry(TimeExpiry timeExpiry) {
        this.timeExpiry = timeExpiry;
    }

    public Integer getGraceMinutes() {
        return graceMinutes;
    }

    public void setGraceMinutes(Integer graceMinutes) {
        this.graceMinutes = graceMinutes;
    }

    public ReviewPolicy getReview() {
        return review;
    }

    public void setReview(ReviewPolicy review) {
        this.review = review;
    }

    public String getDraws() {
        return draws;
    }

    public void setDraws(String draws) {
        this.draws = draws;
    }
}

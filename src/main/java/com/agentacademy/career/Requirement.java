package com.agentacademy.career;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One thing a level asks of a person, checked by the system: a valid certification, a completed
 * course, months on the current level, a KPI average, a passed capability assessment, or the
 * supervisor's recommendation.
 *
 * @see Eligibility
 */
@Embeddable
class Requirement {

    enum Kind {
        CERTIFICATION, COURSE, TENURE, KPI, ASSESSMENT, SUPERVISOR_REVIEW
    }

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** The certification id, course slug, KPI measure, or the assessment's exam slugs separated by commas. */
    private String subject;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    /** Tenure: months on the level; KPI: months averaged; assessment: how recent the pass must be. */
    private Integer months;

    protected Requirement() {
    }

    Requirement(Kind kind, String subject, BigDecimal minValue, BigDecimal maxValue, Integer months) {
        this.kind = kind;
        this.subject = subject;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.months = months;
    }

    static Requirement certification(String id) {
        return new Requirement(Kind.CERTIFICATION, id, null, null, null);
    }

    static Requirement course(String slug) {
        return new Requirement(Kind.COURSE, slug, null, null, null);
    }

    static Requirement tenure(int months) {
        return new Requirement(Kind.TENURE, null, null, null, months);
    }

    static Requirement kpi(Measure measure, BigDecimal atLeast, BigDecimal atMost, int months) {
        return new Requirement(Kind.KPI, measure.code(), atLeast, atMost, months);
    }

    static Requirement assessment(List<String> examSlugs, Integer withinMonths) {
        return new Requirement(Kind.ASSESSMENT, String.join(",", examSlugs), null, null, withinMonths);
    }

    static Requirement supervisorReview() {
        return new Requirement(Kind.SUPERVISOR_REVIEW, null, null, null, null);
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public Integer getMonths() {
        return months;
    }

    /** The KPI a {@link Kind#KPI} requirement is about. */
    public Measure measure() {
        return Measure.byCode(subject).orElseThrow();
    }

    /** The exams that count as the capability assessment. */
    public List<String> exams() {
        return subject == null ? List.of() : Arrays.stream(subject.split(",")).map(String::strip)
                .filter(slug -> !slug.isEmpty()).toList();
    }

    /** The requirement as one line of the ladder file, for the level's history. */
    String describe() {
        return switch (kind) {
            case CERTIFICATION -> "certification: " + subject;
            case COURSE -> "course: " + subject;
            case TENURE -> "tenure-months: " + months;
            case KPI -> "kpi: " + subject + (minValue == null ? "" : ", at-least: " + minValue.stripTrailingZeros().toPlainString())
                    + (maxValue == null ? "" : ", at-most: " + maxValue.stripTrailingZeros().toPlainString())
                    + ", months: " + months;
            case ASSESSMENT -> "assessment: [" + subject + "]" + (months == null ? "" : ", within-months: " + months);
            case SUPERVISOR_REVIEW -> "supervisor-review: true";
        };
    }
}

package com.agentacademy.exam;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.agentacademy.gift.GiftType;

/**
 * A question of an exam's bank, known by its {@code [id:...]} (else its name, else its text). Its
 * wording lives in {@link QuestionRevision}s; the current one is what new attempts draw.
 */
@Entity
class ExamQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long examId;

    private String questionKey;

    private String category;

    @Enumerated(EnumType.STRING)
    private GiftType type;

    private Long currentRevisionId;

    private boolean retired;

    @Version
    private long version;

    protected ExamQuestion() {
    }

    ExamQuestion(long examId, String questionKey, String category, GiftType type) {
        this.examId = examId;
        this.questionKey = questionKey;
        this.category = category;
        this.type = type;
    }

    void revise(QuestionRevision revision, String category, GiftType type) {
        this.currentRevisionId = revision.getId();
        this.category = category;
        this.type = type;
        this.retired = false;
    }

    /** A question no longer in the file is not drawn again; its revisions stay for past attempts. */
    void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public Long getExamId() {
        return examId;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getCategory() {
        return category;
    }

    public GiftType getType() {
        return type;
    }

    public Long getCurrentRevisionId() {
        return currentRevisionId;
    }

    public boolean isRetired() {
        return retired;
    }
}

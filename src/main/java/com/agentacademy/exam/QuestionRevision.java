package com.agentacademy.exam;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One wording of a question, as GIFT text; never changed once written. */
@Entity
class QuestionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long questionId;

    private int number;

    @Column(columnDefinition = "mediumtext")
    private String gift;

    private String contentHash;

    private Instant createdAt;

    protected QuestionRevision() {
    }

    QuestionRevision(long questionId, int number, String gift, String contentHash, Clock clock) {
        this.questionId = questionId;
        this.number = number;
        this.gift = gift;
        this.contentHash = contentHash;
        this.createdAt = clock.instant();
    }

    public Long getId() {
        return id;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public int getNumber() {
        return number;
    }

    public String getGift() {
        return gift;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

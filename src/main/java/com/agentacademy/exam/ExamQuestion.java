package com.agentacademy.exam;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;

/**
 * A question of an exam's bank, known by its {@code [id:...]} (else its name, else its text). Its
 * wording lives in {@link QuestionRevision}s; the current one is what new attempts draw. It comes
 * from the exam's files, from an uploaded file or both; trainers reword it in the browser.
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

    /** The GIFT text of the question as the last import took it from its file, hashed; {@code null}: not in the file. */
    private String sourceHash;

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

    /** Makes {@code revision}, the wording of {@code question}, the current one; retired or not, it stays so. */
    void reword(QuestionRevision revision, GiftQuestion question) {
        this.currentRevisionId = revision.getId();
        this.category = question.category();
        this.type = question.type();
    }

    /** A retired question is not drawn again; its revisions stay for past attempts. Answers whether it was live. */
    boolean retire() {
        boolean wasLive = !retired;
        this.retired = true;
        return wasLive;
    }

    /** Draws the question again. Answers whether it was retired. */
    boolean restore() {
        boolean wasRetired = retired;
        this.retired = false;
        return wasRetired;
    }

    /** Whether the file holds the question just as the last import took it from there. */
    boolean isAsImported(String fileHash) {
        return fileHash.equals(sourceHash);
    }

    /** Remembers the question as the file holds it, the hash of its GIFT text. */
    void imported(String fileHash) {
        this.sourceHash = fileHash;
    }

    /**
     * The question is no longer in its exam's files. If the last import took it from there, the
     * file changed: the question is retired. One that only ever came from the browser stays as it
     * is. Answers whether a live question was retired.
     */
    boolean leftTheFile() {
        if (sourceHash == null) {
            return false;
        }
        this.sourceHash = null;
        return retire();
    }

    /** Whether the question is known by a hash of its text: it has neither {@code [id:...]} nor name. */
    boolean isKeyedByText() {
        return questionKey.startsWith(QuestionBank.TEXT_KEY);
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

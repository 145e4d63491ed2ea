package com.agentacademy.exam;

import jakarta.validation.constraints.Size;

/** The question editor: one question's GIFT text and the revision it started from, for the optimistic check. */
class QuestionForm {

    @Size(max = 100_000, message = "{question-editor.too-long}")
    private String gift = "";

    private int baseRevision;

    static QuestionForm of(QuestionRevision revision) {
        var form = new QuestionForm();
        form.gift = revision.getGift();
        form.baseRevision = revision.getNumber();
        return form;
    }

    public String getGift() {
        return gift;
    }

    public void setGift(String gift) {
        this.gift = gift;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(int baseRevision) {
        this.baseRevision = baseRevision;
    }
}

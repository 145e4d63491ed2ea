package com.agentacademy.exam;

/** When a person may see their answers with the right ones; {@code review} in {@code exam.yml}. */
public enum ReviewPolicy {

    /** As soon as the attempt is submitted and graded ({@code after-submit}). */
    AFTER_SUBMIT,

    /** Once the exam is closed to everyone, so that answers do not travel ({@code after-close}). */
    AFTER_CLOSE,

    /** Never: the person sees the score only ({@code never}). */
    NEVER
}

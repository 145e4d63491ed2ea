package com.agentacademy.exam;

/** What happens to an attempt still open when its time runs out; {@code time-expiry} in {@code exam.yml}. */
public enum TimeExpiry {

    /** The answers saved so far are submitted, finished at the deadline ({@code autosubmit}). */
    AUTOSUBMIT,

    /** The person may go on for the exam's grace minutes, then the answers are submitted ({@code grace}). */
    GRACE,

    /** The attempt is abandoned and not graded ({@code abandon}). */
    ABANDON
}

package com.agentacademy.exam;

/** What happens to an attempt still open when its time runs out; {@code time-expiry} in {@code exam.yml}. */
public enum TimeExpiry {

    /** The answers saved so far are submitted, finished at the deadline ({@code autosubmit}). */
    AUTOSUBMIT,

    /** The answers freeze; the person may still submit them for the grace minutes, then the attempt is abandoned ({@code grace}). */
    GRACE,

    /** The attempt is abandoned and not graded ({@code abandon}). */
    ABANDON
}

package com.agentacademy.exam;

/** How far an attempt's grading has come. */
enum Grading {

    /** Not finished yet, or abandoned: nothing to grade. */
    NONE,

    /** Finished; essays wait for a grader, so the score is not final. */
    PENDING,

    /** Every answer is graded: score and pass or fail are final (until a regrade). */
    FINAL
}

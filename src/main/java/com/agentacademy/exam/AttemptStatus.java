package com.agentacademy.exam;

/** Where an attempt stands. Only the server moves an attempt from one state to the next. */
enum AttemptStatus {

    /** Started and before its deadline: answers may change. */
    IN_PROGRESS,

    /** Past the deadline of an exam with a grace period: may still be submitted, answers are frozen. */
    OVERDUE,

    /** Submitted by the person, by the page at the deadline or by the sweeper; graded. */
    FINISHED,

    /** Closed without a result: time ran out under the abandon policy or the grace period passed. */
    ABANDONED;

    public boolean isOpen() {
        return this == IN_PROGRESS || this == OVERDUE;
    }
}

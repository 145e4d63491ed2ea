package com.agentacademy.exam;

import java.util.Optional;

/**
 * What other modules say about who may start an exam. The certification module implements it:
 * an exam whose certification has prerequisites waits for them, and recertification reopens an
 * exam that the person passed or has no attempts left for.
 */
public interface ExamAccess {

    /**
     * What the rules say about one person, for any number of exams: what they depend on (the
     * person's certificates, reopened certifications) is read once, here, so that a list of exams
     * costs the same few queries as one exam.
     */
    PersonAccess of(long personId);

    /** The rules for one person, read once. */
    interface PersonAccess {

        /** Why this person may not start the exam of the certification yet, or empty. */
        Optional<Blocker> blocker(String certificationId);

        /**
         * Whether the exam is open again for the person (to recertify), whatever their earlier
         * attempts: one more attempt, no waiting time, a past pass does not count.
         */
        boolean reopened(String certificationId);
    }

    /**
     * A reason shown on the exam's start page.
     *
     * @param messageKey the message that explains it
     * @param argument what the message names (for example the certifications still missing)
     */
    record Blocker(String messageKey, String argument) {
    }
}

package com.agentacademy.onboarding;

import java.util.Map;
import java.util.function.Predicate;

/**
 * What a program's names must point at: for {@code validate-content} the files in
 * {@code courses/} and {@code exams/}, for the import what the catalog and the exams hold.
 *
 * @param isModule whether a reference {@code course/NN-module} names a module
 * @param isExam whether an exam with this slug exists, readable or not
 * @param grants for every readable exam, the certification it grants ({@code ""} for none)
 * @param isCertification whether a certification with this id exists
 */
record ProgramReferences(Predicate<String> isModule, Predicate<String> isExam, Map<String, String> grants,
        Predicate<String> isCertification) {

    /** For a program stored after it was checked: every name counts as known. */
    static ProgramReferences trusted() {
        return new ProgramReferences(reference -> true, exam -> true, Map.of(), certification -> true);
    }
}

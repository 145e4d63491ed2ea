package com.agentacademy.exam;

import java.util.List;

import com.agentacademy.files.ContentProblem;

/**
 * What {@link ExamFolderReader} found in an {@code exams/} folder.
 *
 * @param certifications the certifications without a problem, in file order
 * @param exams the exams without a problem, in folder order
 * @param problems every problem, as {@code path:line: message}; what they concern was left out
 */
public record ExamFolder(List<CertificationDefinition> certifications, List<ExamDefinition> exams,
        List<ContentProblem> problems) {

    public ExamFolder {
        certifications = List.copyOf(certifications);
        exams = List.copyOf(exams);
        problems = List.copyOf(problems);
    }
}

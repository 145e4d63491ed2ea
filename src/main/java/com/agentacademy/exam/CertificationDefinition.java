package com.agentacademy.exam;

import java.util.List;

/**
 * A certification as {@code exams/certifications.yml} defines it.
 *
 * @param id the id exams name in {@code certification:}
 * @param nameEn the English name
 * @param nameZh the Chinese name, or {@code null}
 * @param validityMonths how long a certificate stays valid
 * @param prerequisites ids of the certifications that must be held first
 */
public record CertificationDefinition(String id, String nameEn, String nameZh, int validityMonths,
        List<String> prerequisites) {

    public CertificationDefinition {
        prerequisites = List.copyOf(prerequisites);
    }
}

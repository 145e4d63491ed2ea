package com.agentacademy.exam;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certifications of {@code exams/certifications.yml} and the exams that grant them, for other modules. */
@Service
@Transactional(readOnly = true)
public class CertificationCatalog {

    /**
     * A certification as defined.
     *
     * @param validityMonths how long a certificate stays valid
     * @param prerequisites the certifications a person must hold before this one is issued
     */
    public record Definition(String id, String nameEn, String nameZh, int validityMonths, List<String> prerequisites) {

        /** The name in the language of {@code locale}, English when there is no Chinese name. */
        public String name(Locale locale) {
            return locale.getLanguage().equals("zh") && nameZh != null ? nameZh : nameEn;
        }
    }

    /** An exam that grants a certification, with the courses it draws on. */
    public record GrantingExam(String slug, String title, String locale, String certificationId, List<String> courses) {
    }

    private final CertificationRepository certifications;
    private final ExamRepository exams;

    CertificationCatalog(CertificationRepository certifications, ExamRepository exams) {
        this.certifications = certifications;
        this.exams = exams;
    }

    public Optional<Definition> find(String id) {
        return certifications.findById(id).map(CertificationCatalog::definition);
    }

    public List<Definition> all() {
        return certifications.findAll().stream().map(CertificationCatalog::definition)
                .sorted(java.util.Comparator.comparing(Definition::id)).toList();
    }

    /** Every exam that grants a certification. */
    public List<GrantingExam> grantingExams() {
        return exams.findAllByOrderBySlugAsc().stream().filter(exam -> exam.getCertificationId() != null)
                .map(exam -> new GrantingExam(exam.getSlug(), exam.getTitle(), exam.getLocale(),
                        exam.getCertificationId(), exam.getCourses()))
                .toList();
    }

    private static Definition definition(Certification certification) {
        return new Definition(certification.getId(), certification.getNameEn(), certification.getNameZh(),
                certification.getValidityMonths(), certification.getPrerequisites());
    }
}

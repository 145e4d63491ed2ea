package com.agentacademy.exam;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know of the exams there are: their slugs, titles, languages and what they grant. */
@Service
@Transactional(readOnly = true)
public class ExamDirectory {

    /**
     * One exam.
     *
     * @param locale the language it is written in ({@code en} or {@code zh-CN})
     * @param certificationId what a pass grants, or {@code null}
     */
    public record Entry(String slug, String title, String locale, String certificationId) {

        /** The exam's start page. */
        public String path() {
            return "/exams/" + slug;
        }
    }

    private final ExamRepository exams;

    ExamDirectory(ExamRepository exams) {
        this.exams = exams;
    }

    /** Every exam, by slug. */
    public List<Entry> all() {
        return exams.findAllByOrderBySlugAsc().stream()
                .map(exam -> new Entry(exam.getSlug(), exam.getTitle(), exam.getLocale(), exam.getCertificationId()))
                .toList();
    }
}

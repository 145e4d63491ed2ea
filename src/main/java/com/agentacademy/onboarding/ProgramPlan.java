package com.agentacademy.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a program says: its title and summary in English and Chinese, its weeks, and the
 * certification that ends it. Modules are named as the {@code courses/} folder names them,
 * {@code course-slug/NN-module-slug}; exams by their slug.
 *
 * @param goLiveCertification the certification a new hire must hold before taking real calls, or {@code null}
 */
record ProgramPlan(String titleEn, String titleZh, String summaryEn, String summaryZh, List<Week> weeks,
        String goLiveCertification) {

    static final int MAX_WEEKS = 12;

    ProgramPlan {
        weeks = List.copyOf(weeks);
    }

    /** One week of a program: what to read and which exams to pass by its end. */
    record Week(String titleEn, String titleZh, List<String> modules, List<String> exams) {

        Week {
            modules = List.copyOf(modules);
            exams = List.copyOf(exams);
        }

        public String title(Locale locale) {
            return localized(titleEn, titleZh, locale);
        }

        public int size() {
            return modules.size() + exams.size();
        }
    }

    public String title(Locale locale) {
        return localized(titleEn, titleZh, locale);
    }

    public String summary(Locale locale) {
        return localized(summaryEn, summaryZh, locale);
    }

    /** Every module of every week, in order. */
    public List<String> modules() {
        List<String> all = new ArrayList<>();
        weeks.forEach(week -> all.addAll(week.modules()));
        return all;
    }

    /** Every exam of every week, in order. */
    public List<String> exams() {
        List<String> all = new ArrayList<>();
        weeks.forEach(week -> all.addAll(week.exams()));
        return all;
    }

    /** {@code course/NN-module} as {@code course/module}: how the catalog knows the module, whatever its number. */
    static String moduleKey(String reference) {
        int slash = reference.indexOf('/');
        String module = reference.substring(slash + 1);
        return reference.substring(0, slash + 1) + module.replaceFirst("^\\d{2}-", "");
    }

    private static String localized(String english, String chinese, Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) && chinese != null && !chinese.isBlank() ? chinese
                : english;
    }
}

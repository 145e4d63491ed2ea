package com.agentacademy.onboarding;

import java.util.ArrayList;
import java.util.List;

/** One week in the program editor: its titles, its modules and exams in order, and what to add next. */
class WeekForm {

    private String titleEn;

    private String titleZh;

    private List<String> modules = new ArrayList<>();

    private List<String> exams = new ArrayList<>();

    private String moduleToAdd;

    private String examToAdd;

    static WeekForm of(ProgramPlan.Week week) {
        var form = new WeekForm();
        form.titleEn = week.titleEn();
        form.titleZh = week.titleZh();
        form.modules = new ArrayList<>(week.modules());
        form.exams = new ArrayList<>(week.exams());
        return form;
    }

    ProgramPlan.Week toWeek() {
        return new ProgramPlan.Week(blankToNull(titleEn), blankToNull(titleZh), clean(modules), clean(exams));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> clean(List<String> values) {
        return values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).toList();
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public List<String> getModules() {
        return modules;
    }

    public void setModules(List<String> modules) {
        this.modules = modules == null ? new ArrayList<>() : new ArrayList<>(modules);
    }

    public List<String> getExams() {
        return exams;
    }

    public void setExams(List<String> exams) {
        this.exams = exams == null ? new ArrayList<>() : new ArrayList<>(exams);
    }

    public String getModuleToAdd() {
        return moduleToAdd;
    }

    public void setModuleToAdd(String moduleToAdd) {
        this.moduleToAdd = moduleToAdd;
    }

    public String getExamToAdd() {
        return examToAdd;
    }

    public void setExamToAdd(String examToAdd) {
        this.examToAdd = examToAdd;
    }
}

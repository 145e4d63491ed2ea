package com.agentacademy.onboarding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * The program editor: titles and summary, the weeks with their modules and exams, the go-live
 * certification, and a note for the history. The editor's buttons (add, remove, move up and
 * down) post the whole form with an {@code action}, which {@link #apply} carries out before the
 * page is shown again; nothing is stored until the trainer saves.
 */
class ProgramForm {

    private static final Pattern ACTION = Pattern.compile("([a-z-]+):(\\d+)(?::(\\d+))?");
    static final int MAX_NOTE = 500;

    private String titleEn;

    private String titleZh;

    private String summaryEn;

    private String summaryZh;

    private String goLiveCertification;

    private List<WeekForm> weeks = new ArrayList<>();

    private int baseRevision;

    private String note;

    static ProgramForm of(ProgramPlan plan, int revision) {
        var form = new ProgramForm();
        form.titleEn = plan.titleEn();
        form.titleZh = plan.titleZh();
        form.summaryEn = plan.summaryEn();
        form.summaryZh = plan.summaryZh();
        form.goLiveCertification = plan.goLiveCertification();
        form.weeks = new ArrayList<>(plan.weeks().stream().map(WeekForm::of).toList());
        form.baseRevision = revision;
        return form;
    }

    /** Drops what a hand-made request may leave: weeks that are missing and empty module or exam names. */
    void tidy() {
        weeks.removeIf(Objects::isNull);
        for (WeekForm week : weeks) {
            week.getModules().removeIf(value -> value == null || value.isBlank());
            week.getExams().removeIf(value -> value == null || value.isBlank());
        }
    }

    ProgramPlan toPlan() {
        return new ProgramPlan(WeekForm.blankToNull(titleEn), WeekForm.blankToNull(titleZh),
                WeekForm.blankToNull(summaryEn), WeekForm.blankToNull(summaryZh),
                weeks.stream().map(WeekForm::toWeek).toList(), WeekForm.blankToNull(goLiveCertification));
    }

    /**
     * Carries out one of the editor's buttons: {@code add-week}, {@code remove-week:W},
     * {@code week-up:W}, {@code week-down:W}, {@code add-module:W}, {@code add-exam:W}, and
     * {@code remove-module:W:I}, {@code module-up:W:I}, {@code module-down:W:I} (and the same for
     * exams), with weeks and items counted from 0. Answers whether it was one.
     */
    boolean apply(String action) {
        if ("add-week".equals(action)) {
            weeks.add(new WeekForm());
            return true;
        }
        Matcher matcher = action == null ? null : ACTION.matcher(action);
        if (matcher == null || !matcher.matches()) {
            return false;
        }
        int week = Integer.parseInt(matcher.group(2));
        if (week >= weeks.size()) {
            return false;
        }
        WeekForm form = weeks.get(week);
        Integer item = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        return switch (matcher.group(1)) {
            case "remove-week" -> weeks.remove(week) != null;
            case "week-up" -> move(weeks, week, -1);
            case "week-down" -> move(weeks, week, 1);
            case "add-module" -> add(form.getModules(), form.getModuleToAdd()) && clearModuleToAdd(form);
            case "add-exam" -> add(form.getExams(), form.getExamToAdd()) && clearExamToAdd(form);
            case "remove-module" -> item != null && remove(form.getModules(), item);
            case "module-up" -> item != null && move(form.getModules(), item, -1);
            case "module-down" -> item != null && move(form.getModules(), item, 1);
            case "remove-exam" -> item != null && remove(form.getExams(), item);
            case "exam-up" -> item != null && move(form.getExams(), item, -1);
            case "exam-down" -> item != null && move(form.getExams(), item, 1);
            default -> false;
        };
    }

    private static boolean add(List<String> values, String value) {
        return value != null && !value.isBlank() && values.add(value.strip());
    }

    private static boolean clearModuleToAdd(WeekForm form) {
        form.setModuleToAdd(null);
        return true;
    }

    private static boolean clearExamToAdd(WeekForm form) {
        form.setExamToAdd(null);
        return true;
    }

    private static boolean remove(List<?> values, int index) {
        return index < values.size() && values.remove(index) != null;
    }

    private static boolean move(List<?> values, int index, int by) {
        int target = index + by;
        if (index >= values.size() || target < 0 || target >= values.size()) {
            return false;
        }
        Collections.swap(values, index, target);
        return true;
    }

    /** The rules a saved program keeps, each broken one reported at its field. */
    void check(Errors errors, ProgramReferences references) {
        ProgramPlan plan = toPlan();
        if (plan.titleEn() == null) {
            errors.rejectValue("titleEn", "program.error.title");
        }
        tooLong(errors, "titleEn", plan.titleEn(), ProgramYaml.MAX_TITLE);
        tooLong(errors, "titleZh", plan.titleZh(), ProgramYaml.MAX_TITLE);
        tooLong(errors, "summaryEn", plan.summaryEn(), ProgramYaml.MAX_SUMMARY);
        tooLong(errors, "summaryZh", plan.summaryZh(), ProgramYaml.MAX_SUMMARY);
        tooLong(errors, "note", note, MAX_NOTE);
        if (plan.weeks().isEmpty()) {
            errors.reject("program.error.no-weeks");
        }
        else if (plan.weeks().size() > ProgramPlan.MAX_WEEKS) {
            errors.reject("program.error.too-many-weeks", new Object[] { ProgramPlan.MAX_WEEKS }, null);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.weeks().size(); i++) {
            checkWeek(errors, references, plan.weeks().get(i), i, seen);
        }
        checkGoLive(errors, references, plan);
    }

    private static void checkWeek(Errors errors, ProgramReferences references, ProgramPlan.Week week, int index,
            Set<String> seen) {
        String field = "weeks[" + index + "]";
        if (week.titleEn() == null) {
            errors.rejectValue(field + ".titleEn", "program.error.week-title");
        }
        tooLong(errors, field + ".titleEn", week.titleEn(), ProgramYaml.MAX_TITLE);
        tooLong(errors, field + ".titleZh", week.titleZh(), ProgramYaml.MAX_TITLE);
        if (week.size() == 0) {
            errors.rejectValue(field + ".modules", "program.error.week-empty");
        }
        for (String module : week.modules()) {
            if (!ProgramYaml.MODULE_REFERENCE.matcher(module).matches() || !references.isModule().test(module)) {
                errors.rejectValue(field + ".modules", "program.error.unknown-module", new Object[] { module }, null);
            }
            else if (!seen.add(module)) {
                errors.rejectValue(field + ".modules", "program.error.twice", new Object[] { module }, null);
            }
        }
        for (String exam : week.exams()) {
            if (!references.isExam().test(exam)) {
                errors.rejectValue(field + ".exams", "program.error.unknown-exam", new Object[] { exam }, null);
            }
            else if (!seen.add(exam)) {
                errors.rejectValue(field + ".exams", "program.error.twice", new Object[] { exam }, null);
            }
        }
    }

    private static void checkGoLive(Errors errors, ProgramReferences references, ProgramPlan plan) {
        String certification = plan.goLiveCertification();
        if (certification == null) {
            return;
        }
        if (!references.isCertification().test(certification)) {
            errors.rejectValue("goLiveCertification", "program.error.unknown-certification",
                    new Object[] { certification }, null);
        }
        else if (!plan.weeks().isEmpty() && plan.weeks().get(plan.weeks().size() - 1).exams().stream()
                .noneMatch(exam -> certification.equals(references.grants().get(exam)))) {
            errors.rejectValue("goLiveCertification", "program.error.go-live-last-week");
        }
    }

    private static void tooLong(Errors errors, String field, String text, int max) {
        if (text != null && text.length() > max) {
            errors.rejectValue(field, "program.error.too-long", new Object[] { max }, null);
        }
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

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getSummaryZh() {
        return summaryZh;
    }

    public void setSummaryZh(String summaryZh) {
        this.summaryZh = summaryZh;
    }

    public String getGoLiveCertification() {
        return goLiveCertification;
    }

    public void setGoLiveCertification(String goLiveCertification) {
        this.goLiveCertification = goLiveCertification;
    }

    public List<WeekForm> getWeeks() {
        return weeks;
    }

    public void setWeeks(List<WeekForm> weeks) {
        this.weeks = weeks == null ? new ArrayList<>() : new ArrayList<>(weeks);
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(int baseRevision) {
        this.baseRevision = baseRevision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

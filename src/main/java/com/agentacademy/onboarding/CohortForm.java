package com.agentacademy.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new cohort, or a cohort's details changed: name, program, start and trainer, and the people picked. */
class CohortForm {

    @NotBlank
    @Size(max = Cohort.MAX_NAME)
    private String name;

    @NotBlank
    private String program;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    private Long trainerId;

    private List<Long> memberIds = new ArrayList<>();

    static CohortForm of(Cohort cohort, String programSlug) {
        var form = new CohortForm();
        form.name = cohort.getName();
        form.program = programSlug;
        form.startDate = cohort.getStartDate();
        form.trainerId = cohort.getTrainerId();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }
}

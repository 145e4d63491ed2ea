package com.agentacademy.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The module editor: content plus the revision it started from, for the optimistic check. */
class ModuleForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @Min(1)
    @Max(600)
    private int minutes = 10;

    @Size(max = 500_000)
    private String markdown = "";

    private boolean majorChange;

    @Size(max = 500)
    private String changeSummary;

    private Long baseRevisionId;

    private Long baseVersion;

    static ModuleForm of(ModuleRevision revision) {
        var form = new ModuleForm();
        form.title = revision.getTitle();
        form.minutes = revision.getMinutes();
        form.markdown = revision.getMarkdown();
        form.majorChange = revision.isDraft() && revision.isMajorChange();
        form.changeSummary = revision.isDraft() ? revision.getChangeSummary() : null;
        form.baseRevisionId = revision.getId();
        form.baseVersion = revision.getVersion();
        return form;
    }

    ModulePublishing.Edit toEdit() {
        return new ModulePublishing.Edit(title, minutes, markdown == null ? "" : markdown, majorChange, changeSummary,
                baseRevisionId, baseVersion);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public boolean isMajorChange() {
        return majorChange;
    }

    public void setMajorChange(boolean majorChange) {
        this.majorChange = majorChange;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public void setChangeSummary(String changeSummary) {
        this.changeSummary = changeSummary;
    }

    public Long getBaseRevisionId() {
        return baseRevisionId;
    }

    public void setBaseRevisionId(Long baseRevisionId) {
        this.baseRevisionId = baseRevisionId;
    }

    public Long getBaseVersion() {
        return baseVersion;
    }

    public void setBaseVersion(Long baseVersion) {
        this.baseVersion = baseVersion;
    }
}

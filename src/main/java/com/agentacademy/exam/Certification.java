package com.agentacademy.exam;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A certification as {@code exams/certifications.yml} defines it; its id is the one the files use. */
@Entity
class Certification {

    @Id
    private String id;

    private String nameEn;

    private String nameZh;

    private int validityMonths;

    private String prerequisites;

    @Version
    private Long version;

    protected Certification() {
    }

    Certification(String id) {
        this.id = id;
    }

    /** Takes over what the file says; answers whether anything changed. */
    boolean define(CertificationDefinition definition) {
        String joined = String.join(",", definition.prerequisites());
        boolean changed = !definition.nameEn().equals(nameEn) || !java.util.Objects.equals(definition.nameZh(), nameZh)
                || definition.validityMonths() != validityMonths || !joined.equals(prerequisites);
        this.nameEn = definition.nameEn();
        this.nameZh = definition.nameZh();
        this.validityMonths = definition.validityMonths();
        this.prerequisites = joined;
        return changed;
    }

    public String getId() {
        return id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    /** The name in the language of {@code locale}, English when there is no Chinese name. */
    public String name(java.util.Locale locale) {
        return locale.getLanguage().equals("zh") && nameZh != null ? nameZh : nameEn;
    }

    public int getValidityMonths() {
        return validityMonths;
    }

    public List<String> getPrerequisites() {
        return prerequisites == null || prerequisites.isBlank() ? List.of() : Arrays.asList(prerequisites.split(","));
    }
}

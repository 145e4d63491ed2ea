package com.agentacademy.career;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The level a person stands on and since when. */
@Entity
class PersonLevel {

    @Id
    private Long personId;

    private String levelCode;

    @Column(name = "since_day")
    private LocalDate since;

    @Version
    private long version;

    protected PersonLevel() {
    }

    PersonLevel(long personId, String levelCode, LocalDate since) {
        this.personId = personId;
        this.levelCode = levelCode;
        this.since = since;
    }

    void moveTo(String levelCode, LocalDate day) {
        this.levelCode = levelCode;
        this.since = day;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public LocalDate getSince() {
        return since;
    }
}

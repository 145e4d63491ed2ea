package com.agentacademy.onboarding;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * A member of a cohort and the day they joined it. Someone who joins after the cohort started
 * starts the program on the day they join, with the same weeks as everyone else.
 */
@Embeddable
class CohortMember {

    private Long personId;

    private LocalDate joinedOn;

    protected CohortMember() {
    }

    CohortMember(long personId, LocalDate joinedOn) {
        this.personId = personId;
        this.joinedOn = joinedOn;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CohortMember that && Objects.equals(that.personId, personId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(personId);
    }
}

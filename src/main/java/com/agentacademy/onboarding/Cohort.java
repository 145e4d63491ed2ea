package com.agentacademy.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A group of new hires who go through one program together from a start date, with their trainer.
 * The cohort keeps the revision of the program it started with, so that a trainer's later edit
 * changes no running cohort until its trainer takes it over.
 */
@Entity
class Cohort {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private Long programId;

    private int programRevision;

    private LocalDate startDate;

    private Long trainerId;

    private Long createdBy;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"))
    private Set<CohortMember> members = new HashSet<>();

    protected Cohort() {
    }

    Cohort(String name, long programId, int programRevision, LocalDate startDate, long trainerId, long createdBy,
            Clock clock) {
        this.name = name.strip();
        this.programId = programId;
        this.programRevision = programRevision;
        this.startDate = startDate;
        this.trainerId = trainerId;
        this.createdBy = createdBy;
        this.createdAt = clock.instant();
    }

    void rename(String name) {
        this.name = name.strip();
    }

    void assignTrainer(long trainerId) {
        this.trainerId = trainerId;
    }

    /** Moves the start, and with it every member's due dates. */
    void moveStart(LocalDate startDate) {
        this.startDate = startDate;
    }

    void useProgramRevision(int revision) {
        this.programRevision = revision;
    }

    /**
     * Adds a member who joins on the given day; someone added before the start begins with the
     * cohort. Answers {@code false} when the person is a member already.
     */
    boolean add(long personId, LocalDate joinedOn) {
        return members.add(new CohortMember(personId, joinedOn));
    }

    boolean remove(long personId) {
        return members.removeIf(member -> member.getPersonId() == personId);
    }

    Optional<CohortMember> member(long personId) {
        return members.stream().filter(member -> member.getPersonId() == personId).findFirst();
    }

    /** The member's own start: the cohort's, or the day they joined when that is later. */
    LocalDate startOf(CohortMember member) {
        return member.getJoinedOn().isAfter(startDate) ? member.getJoinedOn() : startDate;
    }

    List<CohortMember> members() {
        return members.stream().sorted(Comparator.comparing(CohortMember::getPersonId)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getProgramId() {
        return programId;
    }

    public int getProgramRevision() {
        return programRevision;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getMemberCount() {
        return members.size();
    }
}

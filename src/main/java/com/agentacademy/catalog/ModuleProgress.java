package com.agentacademy.catalog;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * How far one person got in one module: where they stopped reading and, once they marked it
 * complete, which revision they had read.
 */
@Entity
class ModuleProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;

    private Long moduleId;

    private Long completedRevisionId;

    private Instant completedAt;

    private int positionPercent;

    private Instant updatedAt;

    protected ModuleProgress() {
    }

    ModuleProgress(long personId, long moduleId, Clock clock) {
        this.personId = personId;
        this.moduleId = moduleId;
        this.updatedAt = clock.instant();
    }

    void complete(long revisionId, Clock clock) {
        this.completedRevisionId = revisionId;
        this.completedAt = clock.instant();
        this.updatedAt = completedAt;
    }

    void readTo(int percent, Clock clock) {
        this.positionPercent = Math.max(0, Math.min(100, percent));
        this.updatedAt = clock.instant();
    }

    boolean isComplete() {
        return completedAt != null;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public Long getCompletedRevisionId() {
        return completedRevisionId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public int getPositionPercent() {
        return positionPercent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

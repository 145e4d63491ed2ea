package com.agentacademy.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface ModuleProgressRepository extends ListCrudRepository<ModuleProgress, Long> {

    Optional<ModuleProgress> findByPersonIdAndModuleId(long personId, long moduleId);

    /**
     * Joins the caller's transaction when there is one, and otherwise runs as a single statement:
     * a course page reads only this, and a transaction of its own would add three round trips
     * (autocommit off, commit, autocommit on) to the one query.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    List<ModuleProgress> findByPersonId(long personId);
}

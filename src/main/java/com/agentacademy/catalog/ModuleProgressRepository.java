package com.agentacademy.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ModuleProgressRepository extends ListCrudRepository<ModuleProgress, Long> {

    Optional<ModuleProgress> findByPersonIdAndModuleId(long personId, long moduleId);

    List<ModuleProgress> findByPersonId(long personId);
}

package com.agentacademy.catalog;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ContentImportRunRepository extends ListCrudRepository<ContentImportRun, Long> {

    Optional<ContentImportRun> findFirstByOrderByIdDesc();
}

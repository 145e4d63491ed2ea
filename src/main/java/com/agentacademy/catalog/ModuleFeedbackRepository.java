package com.agentacademy.catalog;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ModuleFeedbackRepository extends ListCrudRepository<ModuleFeedback, Long> {

    List<ModuleFeedback> findByPersonIdOrderByCreatedAtDesc(long personId);

    List<ModuleFeedback> findByStatusInOrderByCreatedAtAsc(List<ModuleFeedback.Status> statuses);
}

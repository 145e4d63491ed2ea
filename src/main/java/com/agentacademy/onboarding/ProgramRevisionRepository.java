package com.agentacademy.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProgramRevisionRepository extends ListCrudRepository<ProgramRevision, Long> {

    List<ProgramRevision> findByProgramIdOrderByNumberDesc(long programId);

    Optional<ProgramRevision> findByProgramIdAndNumber(long programId, int number);
}

package com.agentacademy.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProgramRepository extends ListCrudRepository<Program, Long> {

    Optional<Program> findBySlug(String slug);

    List<Program> findAllByOrderBySlugAsc();
}

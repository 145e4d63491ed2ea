package com.agentacademy.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, Long> {

    List<Team> findAllByOrderByNameAsc();

    Optional<Team> findByNameIgnoreCase(String name);
}

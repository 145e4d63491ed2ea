package com.agentacademy.career;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LadderLevelRepository extends JpaRepository<LadderLevel, Long> {

    Optional<LadderLevel> findByCode(String code);

    List<LadderLevel> findAllByOrderByPositionAsc();
}

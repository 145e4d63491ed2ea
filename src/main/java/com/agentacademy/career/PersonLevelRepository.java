package com.agentacademy.career;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonLevelRepository extends JpaRepository<PersonLevel, Long> {
}

package com.agentacademy.career;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromotionApplicationRepository extends JpaRepository<PromotionApplication, Long> {

    Optional<PromotionApplication> findByOpenKey(Long personId);

    List<PromotionApplication> findByPersonIdOrderByCreatedAtDesc(long personId);

    List<PromotionApplication> findByStateInOrderByCreatedAtAsc(Collection<PromotionApplication.State> states);
}

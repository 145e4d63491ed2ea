package com.agentacademy.onboarding;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CohortRepository extends ListCrudRepository<Cohort, Long> {

    List<Cohort> findAllByOrderByStartDateDescIdDesc();

    @Query("select c from Cohort c join c.members m where m.personId = :personId order by c.startDate desc, c.id desc")
    List<Cohort> findByMember(@Param("personId") long personId);
}

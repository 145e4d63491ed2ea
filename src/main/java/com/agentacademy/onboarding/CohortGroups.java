package com.agentacademy.onboarding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.certification.PeopleGroups;

/** Cohorts as a filter of the certification matrix. */
@Component
class CohortGroups implements PeopleGroups {

    private final CohortRepository cohorts;

    CohortGroups(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public String kind() {
        return "cohort";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> groups(Locale locale) {
        return cohorts.findAllByOrderByStartDateDescIdDesc().stream()
                .map(cohort -> new Group(String.valueOf(cohort.getId()), cohort.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> members(String cohortId) {
        if (!cohortId.matches("\\d{1,18}")) {
            return Set.of();
        }
        return cohorts.findById(Long.valueOf(cohortId))
                .map(cohort -> cohort.members().stream().map(CohortMember::getPersonId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}

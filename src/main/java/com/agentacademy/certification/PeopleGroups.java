package com.agentacademy.certification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A way of grouping people that the certification matrix can filter by, offered by the modules
 * that know the groups (the ladder's levels, onboarding cohorts) without this module depending on
 * them.
 */
public interface PeopleGroups {

    /** One group to choose. */
    record Group(String id, String name) {
    }

    /** The filter's request parameter, also the end of its label's message key: {@code certifications.group.<kind>}. */
    String kind();

    /** The groups to choose from, named in the reader's language. */
    List<Group> groups(Locale locale);

    /** The ids of the people in the group; empty for an unknown group. */
    Set<Long> members(String groupId);
}

package com.agentacademy.career;

import java.util.Set;

/**
 * Monthly KPIs of these people were imported, entered or corrected (or removed, when a re-upload
 * replaced a month without them). Published inside the transaction that stored them.
 *
 * @param personIds whose figures changed
 */
public record KpisRecorded(Set<Long> personIds) {

    public KpisRecorded {
        personIds = Set.copyOf(personIds);
    }
}

package com.agentacademy.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up for other modules, by id or user name, without handing out the entity. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final PersonRepository people;

    PeopleDirectory(PersonRepository people) {
        this.people = people;
    }

    public Optional<PersonSummary> byId(long id) {
        return people.findById(id).map(PersonSummary::of);
    }

    public Optional<PersonSummary> byUsername(String username) {
        return username == null ? Optional.empty()
                : people.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).map(PersonSummary::of);
    }

    /** The people with these ids that exist, by id. */
    public Map<Long, PersonSummary> byIds(Collection<Long> ids) {
        return people.findAllById(ids).stream().map(PersonSummary::of)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }
}

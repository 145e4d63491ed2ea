package com.agentacademy.career;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.agentacademy.certification.PeopleGroups;
import com.agentacademy.people.PeopleDirectory;

/** The ladder's levels as a filter of the certification matrix. */
@Component
class LevelGroups implements PeopleGroups {

    private final Ladder ladder;
    private final Placements placements;
    private final PeopleDirectory people;

    LevelGroups(Ladder ladder, Placements placements, PeopleDirectory people) {
        this.ladder = ladder;
        this.placements = placements;
        this.people = people;
    }

    @Override
    public String kind() {
        return "level";
    }

    @Override
    public List<Group> groups(Locale locale) {
        return ladder.all().stream().map(level -> new Group(level.getCode(), level.name(locale))).toList();
    }

    @Override
    public Set<Long> members(String levelCode) {
        return placements.ofAll(people.active()).values().stream()
                .filter(placement -> placement.levelCode().equals(levelCode))
                .map(Placements.Placement::personId).collect(Collectors.toSet());
    }
}

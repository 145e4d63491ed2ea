package com.agentacademy.career;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonRoles;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.people.Role;
import com.agentacademy.security.StoredTime;

/**
 * Where people stand on the ladder. An agent who was never placed stands on the entry level since
 * the day they joined; moving a person keeps a history row and gives them the new level's roles.
 */
@Service
class Placements {

    /** A person's level and since when; {@code stored} is false for the entry level by default. */
    record Placement(long personId, String levelCode, LocalDate since, boolean stored) {
    }

    /** One move on the ladder. */
    record Move(long personId, String fromLevel, String toLevel, String kind, Instant at, Long by, String reason,
            Long applicationId) {
    }

    private final PersonLevelRepository placements;
    private final Ladder ladder;
    private final PeopleDirectory people;
    private final PersonRoles roles;
    private final JdbcClient jdbc;
    private final Clock clock;

    Placements(PersonLevelRepository placements, Ladder ladder, PeopleDirectory people, PersonRoles roles,
            JdbcClient jdbc, Clock clock) {
        this.placements = placements;
        this.ladder = ladder;
        this.people = people;
        this.roles = roles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The person's place on the ladder; empty for people who are not on it (HR, ADMIN without a level). */
    @Transactional(readOnly = true)
    Optional<Placement> of(PersonSummary person) {
        Optional<PersonLevel> stored = placements.findById(person.id());
        if (stored.isPresent()) {
            return Optional.of(new Placement(person.id(), stored.get().getLevelCode(), stored.get().getSince(), true));
        }
        if (!person.hasRole(Role.AGENT)) {
            return Optional.empty();
        }
        return ladder.entry().map(entry -> new Placement(person.id(), entry.getCode(),
                LocalDate.ofInstant(person.joinedAt(), clock.getZone()), false));
    }

    /** Everyone's place, for lists: the active people on the ladder, by id. */
    @Transactional(readOnly = true)
    Map<Long, Placement> ofAll(List<PersonSummary> persons) {
        Map<Long, PersonLevel> stored = new HashMap<>();
        placements.findAll().forEach(level -> stored.put(level.getPersonId(), level));
        String entry = ladder.entry().map(LadderLevel::getCode).orElse(null);
        Map<Long, Placement> all = new HashMap<>();
        for (PersonSummary person : persons) {
            PersonLevel level = stored.get(person.id());
            if (level != null) {
                all.put(person.id(), new Placement(person.id(), level.getLevelCode(), level.getSince(), true));
            }
            else if (person.hasRole(Role.AGENT) && entry != null) {
                all.put(person.id(), new Placement(person.id(), entry,
                        LocalDate.ofInstant(person.joinedAt(), clock.getZone()), false));
            }
        }
        return all;
    }

    /**
     * Puts the person on the level from today: the roles of the old level go, the new level's come,
     * other roles (HR, ADMIN) stay. Answers the move as recorded.
     */
    @Transactional
    Move move(long personId, String toLevel, String kind, Long by, String reason, Long applicationId) {
        PersonSummary person = people.byId(personId).orElseThrow();
        LadderLevel target = ladder.find(toLevel).orElseThrow();
        Optional<Placement> current = of(person);
        String fromLevel = current.map(Placement::levelCode).orElse(null);
        LocalDate today = LocalDate.now(clock);
        placements.findById(personId).ifPresentOrElse(level -> level.moveTo(toLevel, today),
                () -> placements.save(new PersonLevel(personId, toLevel, today)));
        var oldRoles = current.flatMap(placement -> ladder.find(placement.levelCode())).map(LadderLevel::grants)
                .orElse(Set.of());
        roles.change(personId, oldRoles, target.grants(), by, kind.toLowerCase(Locale.ROOT) + " to " + toLevel);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO level_change (person_id, from_level, to_level, kind, changed_at, changed_by, reason, application_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, fromLevel, toLevel, kind, StoredTime.of(now), by, reason, applicationId).update();
        return new Move(personId, fromLevel, toLevel, kind, now, by, reason, applicationId);
    }

    /** The person's moves, newest first. */
    @Transactional(readOnly = true)
    List<Move> history(long personId) {
        return jdbc.sql("""
                SELECT person_id, from_level, to_level, kind, changed_at, changed_by, reason, application_id
                FROM level_change WHERE person_id = ? ORDER BY changed_at DESC, id DESC""")
                .param(personId).query(Placements::move).list();
    }

    /** Promotions (not corrections) since the given moment, oldest first, for the pipeline. */
    @Transactional(readOnly = true)
    List<Move> promotionsSince(Instant since) {
        return jdbc.sql("""
                SELECT person_id, from_level, to_level, kind, changed_at, changed_by, reason, application_id
                FROM level_change WHERE kind = 'PROMOTION' AND changed_at >= ? ORDER BY changed_at""")
                .param(StoredTime.of(since)).query(Placements::move).list();
    }

    private static Move move(ResultSet rs, int row) throws SQLException {
        return new Move(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), StoredTime.instant(rs, 5),
                rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, Long.class));
    }
}

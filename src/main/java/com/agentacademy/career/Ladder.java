package com.agentacademy.career;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.Role;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.StoredTime;

/**
 * The ladder's levels: seeded from the ladder file on first start, edited by ADMIN and HR
 * afterwards, every revision kept as a snapshot.
 */
@Service
@Order(1)
class Ladder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Ladder.class);

    /** One kept revision of a level. */
    record Change(String levelCode, int revision, Instant changedAt, Long changedBy, String note, String snapshot) {
    }

    private final LadderLevelRepository levels;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ResourceLoader resources;
    private final CareerProperties properties;
    private final Clock clock;

    Ladder(LadderLevelRepository levels, JdbcClient jdbc, AuditTrail audit, ResourceLoader resources,
            CareerProperties properties, Clock clock) {
        this.levels = levels;
        this.jdbc = jdbc;
        this.audit = audit;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (levels.count() > 0) {
            return;
        }
        var file = resources.getResource(properties.ladderFile());
        List<LadderFile.LevelSpec> specs = LadderFile.read(file.getFilename(), file.getContentAsByteArray());
        int position = 0;
        for (LadderFile.LevelSpec spec : specs) {
            LadderLevel level = levels.save(new LadderLevel(spec.code(), spec.nameEn(), spec.nameZh(), spec.track(),
                    ++position, spec.follows(), spec.grants(), spec.requirements(), clock));
            keep(level, null, "seeded from " + file.getFilename());
        }
        log.info("Seeded the career ladder: {} levels from {}", specs.size(), file.getFilename());
    }

    /** Every level in the ladder file's order: the main track, then the lateral moves. */
    @Transactional(readOnly = true)
    List<LadderLevel> all() {
        return levels.findAllByOrderByPositionAsc();
    }

    /** Every level's name in the reader's language, by code, for lists that name many levels. */
    @Transactional(readOnly = true)
    Map<String, String> names(Locale locale) {
        return all().stream().collect(Collectors.toMap(LadderLevel::getCode, level -> level.name(locale)));
    }

    @Transactional(readOnly = true)
    Optional<LadderLevel> find(String code) {
        return code == null ? Optional.empty() : levels.findByCode(code);
    }

    /** Where a new agent starts: the first level of the main track. */
    @Transactional(readOnly = true)
    Optional<LadderLevel> entry() {
        return all().stream().filter(level -> level.getTrack() == LadderLevel.Track.MAIN)
                .min(Comparator.comparingInt(LadderLevel::getPosition));
    }

    /** The levels reached from the given one, main track first. */
    @Transactional(readOnly = true)
    List<LadderLevel> next(String code) {
        return all().stream().filter(level -> level.isReachedFrom(code)).toList();
    }

    /** Changes a level and keeps the new revision with the editor's note. */
    @Transactional
    LadderLevel revise(String code, long expectedVersion, String nameEn, String nameZh, LadderLevel.Track track,
            List<String> follows, Set<Role> grants, List<Requirement> requirements, long by, String note) {
        LadderLevel level = levels.findByCode(code).orElseThrow();
        if (level.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(LadderLevel.class, level.getId());
        }
        level.revise(nameEn, nameZh, track, follows, grants, requirements, by, clock);
        levels.flush();
        keep(level, by, note);
        audit.record(by, "LADDER_LEVEL_CHANGED", "level:" + code, "revision " + level.getRevision() + ": " + note);
        return level;
    }

    /** The level's revisions, newest first. */
    @Transactional(readOnly = true)
    List<Change> history(String code) {
        return jdbc.sql("""
                SELECT level_code, revision, changed_at, changed_by, note, snapshot FROM ladder_level_change
                WHERE level_code = ? ORDER BY revision DESC""")
                .param(code)
                .query((rs, row) -> new Change(rs.getString(1), rs.getInt(2), StoredTime.instant(rs, 3),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6)))
                .list();
    }

    private void keep(LadderLevel level, Long by, String note) {
        jdbc.sql("""
                INSERT INTO ladder_level_change (level_code, revision, changed_at, changed_by, note, snapshot)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(level.getCode(), level.getRevision(), StoredTime.of(clock.instant()), by, note, level.snapshot())
                .update();
    }
}

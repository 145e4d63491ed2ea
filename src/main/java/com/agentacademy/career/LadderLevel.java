package com.agentacademy.career;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import com.agentacademy.people.Role;

/**
 * A step on the career ladder: its names, the levels it is reached from, the roles it grants and
 * its requirements. Each edit raises the revision; {@link Ladder} keeps a snapshot of every one.
 */
@Entity
class LadderLevel {

    enum Track {
        MAIN, LATERAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameEn;

    private String nameZh;

    @Enumerated(EnumType.STRING)
    private Track track;

    private int position;

    private String follows;

    private String grants;

    private int revision;

    private Instant updatedAt;

    private Long updatedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ladder_requirement", joinColumns = @JoinColumn(name = "level_id"))
    @OrderColumn(name = "position")
    private List<Requirement> requirements = new ArrayList<>();

    protected LadderLevel() {
    }

    LadderLevel(String code, String nameEn, String nameZh, Track track, int position, List<String> follows,
            Set<Role> grants, List<Requirement> requirements, Clock clock) {
        this.code = code;
        this.position = position;
        this.revision = 1;
        this.updatedAt = clock.instant();
        describe(nameEn, nameZh, track, follows, grants, requirements);
    }

    /** Replaces what the level is; the caller records the change. */
    void revise(String nameEn, String nameZh, Track track, List<String> follows, Set<Role> grants,
            List<Requirement> requirements, Long by, Clock clock) {
        describe(nameEn, nameZh, track, follows, grants, requirements);
        this.revision++;
        this.updatedBy = by;
        this.updatedAt = clock.instant();
    }

    private void describe(String nameEn, String nameZh, Track track, List<String> follows, Set<Role> grants,
            List<Requirement> requirements) {
        this.nameEn = nameEn.strip();
        this.nameZh = nameZh.strip();
        this.track = track;
        this.follows = String.join(",", follows);
        this.grants = grants.stream().sorted().map(Role::name).collect(Collectors.joining(","));
        this.requirements.clear();
        this.requirements.addAll(requirements);
    }

    public String name(Locale locale) {
        return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }

    public List<String> follows() {
        return follows.isBlank() ? List.of() : Arrays.stream(follows.split(",")).toList();
    }

    public Set<Role> grants() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (!grants.isBlank()) {
            Arrays.stream(grants.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public boolean isReachedFrom(String levelCode) {
        return follows().contains(levelCode);
    }

    /** The level as the ladder file would write it: what the history keeps of each revision. */
    String snapshot() {
        var text = new StringBuilder();
        text.append("code: ").append(code).append('\n')
                .append("name: { en: ").append(nameEn).append(", zh-CN: ").append(nameZh).append(" }\n")
                .append("track: ").append(track.name().toLowerCase(Locale.ROOT)).append('\n')
                .append("follows: [").append(follows.replace(",", ", ")).append("]\n")
                .append("grants: [").append(grants.replace(",", ", ")).append("]\n")
                .append("requirements:\n");
        requirements.forEach(requirement -> text.append("  - ").append(requirement.describe()).append('\n'));
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public Track getTrack() {
        return track;
    }

    public int getPosition() {
        return position;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<Requirement> getRequirements() {
        return List.copyOf(requirements);
    }
}

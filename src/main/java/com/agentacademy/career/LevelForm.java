package com.agentacademy.career;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.agentacademy.people.Role;

/** The ladder level editor: names, track, where it is reached from, roles, and one row per requirement. */
class LevelForm {

    /** One requirement row; a row with no kind is empty and ignored, {@code remove} drops it. */
    static class Row {

        private Requirement.Kind kind;
        private String subject;
        private BigDecimal min;
        private BigDecimal max;
        private Integer months;
        private boolean remove;

        static Row of(Requirement requirement) {
            Row row = new Row();
            row.kind = requirement.getKind();
            row.subject = requirement.getSubject();
            row.min = requirement.getMinValue();
            row.max = requirement.getMaxValue();
            row.months = requirement.getMonths();
            return row;
        }

        boolean isEmpty() {
            return kind == null || remove;
        }

        public Requirement.Kind getKind() {
            return kind;
        }

        public void setKind(Requirement.Kind kind) {
            this.kind = kind;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject == null ? null : subject.strip();
        }

        public BigDecimal getMin() {
            return min;
        }

        public void setMin(BigDecimal min) {
            this.min = min;
        }

        public BigDecimal getMax() {
            return max;
        }

        public void setMax(BigDecimal max) {
            this.max = max;
        }

        public Integer getMonths() {
            return months;
        }

        public void setMonths(Integer months) {
            this.months = months;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    static final int BLANK_ROWS = 3;

    private long version;
    private String nameEn;
    private String nameZh;
    private LadderLevel.Track track = LadderLevel.Track.MAIN;
    private List<String> follows = new ArrayList<>();
    private Set<Role> grants = EnumSet.noneOf(Role.class);
    private List<Row> requirements = new ArrayList<>();
    private String note;

    static LevelForm of(LadderLevel level) {
        LevelForm form = new LevelForm();
        form.version = level.getVersion();
        form.nameEn = level.getNameEn();
        form.nameZh = level.getNameZh();
        form.track = level.getTrack();
        form.follows = new ArrayList<>(level.follows());
        form.grants = level.grants();
        level.getRequirements().forEach(requirement -> form.requirements.add(Row.of(requirement)));
        form.addBlankRows();
        return form;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            requirements.add(new Row());
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public LadderLevel.Track getTrack() {
        return track;
    }

    public void setTrack(LadderLevel.Track track) {
        this.track = track;
    }

    public List<String> getFollows() {
        return follows;
    }

    public void setFollows(List<String> follows) {
        this.follows = follows == null ? new ArrayList<>() : follows;
    }

    public Set<Role> getGrants() {
        return grants;
    }

    public void setGrants(Set<Role> grants) {
        this.grants = grants == null ? EnumSet.noneOf(Role.class) : grants;
    }

    public List<Row> getRequirements() {
        return requirements;
    }

    public void setRequirements(List<Row> requirements) {
        this.requirements = requirements == null ? new ArrayList<>() : requirements;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

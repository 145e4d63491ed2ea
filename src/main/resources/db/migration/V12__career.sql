-- The career ladder: levels with the roles they grant and what it takes to reach them. Seeded from
-- a YAML file on first start, edited in the browser afterwards; every edit keeps a snapshot.
CREATE TABLE ladder_level (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    name_en      VARCHAR(100) NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    track        VARCHAR(10)  NOT NULL,
    position     INT          NOT NULL,
    follows      VARCHAR(400) NOT NULL,
    grants       VARCHAR(200) NOT NULL,
    revision     INT          NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   BIGINT,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_ladder_level_code UNIQUE (code)
);

CREATE TABLE ladder_requirement (
    level_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    subject     VARCHAR(400),
    min_value   DECIMAL(10, 2),
    max_value   DECIMAL(10, 2),
    months      INT,
    PRIMARY KEY (level_id, position),
    CONSTRAINT fk_ladder_requirement_level FOREIGN KEY (level_id) REFERENCES ladder_level (id) ON DELETE CASCADE
);

CREATE TABLE ladder_level_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    level_code   VARCHAR(40)   NOT NULL,
    revision     INT           NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    changed_by   BIGINT,
    note         VARCHAR(500)  NOT NULL,
    snapshot     TEXT          NOT NULL
);

CREATE INDEX ix_ladder_level_change_code ON ladder_level_change (level_code, revision);

-- Where each person stands on the ladder. People without a row who hold the AGENT role stand on
-- the first level of the main track since they joined.
CREATE TABLE person_level (
    person_id    BIGINT       NOT NULL PRIMARY KEY,
    level_code   VARCHAR(40)  NOT NULL,
    since_day    DATE         NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_person_level_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE level_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    from_level      VARCHAR(40),
    to_level        VARCHAR(40)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    changed_by      BIGINT,
    reason          VARCHAR(1000) NOT NULL,
    application_id  BIGINT
);

CREATE INDEX ix_level_change_person ON level_change (person_id, changed_at);
CREATE INDEX ix_level_change_when ON level_change (changed_at);

-- Promotion applications move SUBMITTED -> RECOMMENDED -> APPROVED, or end at NOT_YET, DECLINED or
-- WITHDRAWN. open_key is the person's id while the application is open, NULL once it is closed:
-- one open application per person, however many clicks arrive at once.
CREATE TABLE promotion_application (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    from_level      VARCHAR(40)   NOT NULL,
    to_level        VARCHAR(40)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    open_key        BIGINT,
    nominated_by    BIGINT,
    motivation      VARCHAR(2000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    reviewer_id     BIGINT,
    review_notes    VARCHAR(2000),
    reviewed_at     DATETIME(6),
    decider_id      BIGINT,
    decision_note   VARCHAR(2000),
    decided_at      DATETIME(6),
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_promotion_application_open UNIQUE (open_key),
    CONSTRAINT fk_promotion_application_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX ix_promotion_application_person ON promotion_application (person_id, created_at);
CREATE INDEX ix_promotion_application_state ON promotion_application (state);

-- Who is eligible for which level, recomputed whenever the evidence changes.
CREATE TABLE eligibility (
    person_id    BIGINT         NOT NULL,
    level_code   VARCHAR(40)    NOT NULL,
    eligible     BOOLEAN        NOT NULL,
    met          INT            NOT NULL,
    total        INT            NOT NULL,
    unmet        VARCHAR(2000)  NOT NULL,
    computed_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (person_id, level_code)
);

-- Onboarding: programs (from courses/_programs/ and the browser) with their history, cohorts with
-- their members, and the notices sent about members' weeks, each once. Plus two columns of the
-- people module the onboarding notices need: a person's choice of a daily e-mail summary, and the
-- notifications waiting for it.

CREATE TABLE program (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug             VARCHAR(80)  NOT NULL,
    content          MEDIUMTEXT   NOT NULL,
    revision_number  INT          NOT NULL,
    -- the hash of the file as last imported: an unchanged file leaves browser edits alone
    source_hash      VARCHAR(64),
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_program_slug UNIQUE (slug)
);

CREATE TABLE program_revision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id       BIGINT        NOT NULL,
    number           INT           NOT NULL,
    content          MEDIUMTEXT    NOT NULL,
    origin           VARCHAR(10)   NOT NULL,
    person_id        BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    note             VARCHAR(500),
    -- a file import that replaced browser edits names the revision it replaced
    replaced_number  INT,
    -- a revision that brought back an earlier one names it
    restored_number  INT,
    CONSTRAINT uk_program_revision_number UNIQUE (program_id, number),
    CONSTRAINT fk_program_revision_program FOREIGN KEY (program_id) REFERENCES program (id)
);

CREATE TABLE cohort (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100)  NOT NULL,
    program_id        BIGINT        NOT NULL,
    program_revision  INT           NOT NULL,
    start_date        DATE          NOT NULL,
    trainer_id        BIGINT        NOT NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_cohort_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_cohort_trainer FOREIGN KEY (trainer_id) REFERENCES person (id)
);

CREATE TABLE cohort_member (
    cohort_id  BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    joined_on  DATE    NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_member_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX ix_cohort_member_person ON cohort_member (person_id);

CREATE TABLE onboarding_notice (
    cohort_id   BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    assignment  VARCHAR(40)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    sent_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (cohort_id, person_id, assignment, kind),
    CONSTRAINT fk_onboarding_notice_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);

ALTER TABLE person ADD COLUMN mail_digest BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE notification ADD COLUMN mail_pending BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_notification_mail_pending ON notification (mail_pending, person_id);

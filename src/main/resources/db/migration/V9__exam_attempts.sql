-- Exam attempts. The attempt row holds the state only the server moves (status, deadline); the
-- questions it drew are fixed at the start with the exact revision shown; each answer is one row,
-- written by a single-row upsert as the person answers.
CREATE TABLE exam_attempt (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    exam_id             BIGINT       NOT NULL,
    person_id           BIGINT       NOT NULL,
    number              INT          NOT NULL,
    -- "<exam>:<person>" while the attempt is open, NULL once it is closed: one open attempt per
    -- person and exam, however many "start" clicks arrive at once.
    open_key            VARCHAR(60),
    status              VARCHAR(20)  NOT NULL,
    started_at          DATETIME(6)  NOT NULL,
    deadline            DATETIME(6)  NOT NULL,
    time_limit_minutes  INT          NOT NULL,
    extra_minutes       INT          NOT NULL,
    time_expiry         VARCHAR(20)  NOT NULL,
    grace_minutes       INT          NOT NULL,
    pass_mark_percent   INT          NOT NULL,
    finished_at         DATETIME(6),
    finished_by         VARCHAR(20),
    grading             VARCHAR(20)  NOT NULL,
    score               DOUBLE,
    max_score           DOUBLE,
    percent             DOUBLE,
    passed              BOOLEAN,
    graded_at           DATETIME(6),
    CONSTRAINT uk_exam_attempt_open UNIQUE (open_key),
    CONSTRAINT uk_exam_attempt_number UNIQUE (exam_id, person_id, number),
    CONSTRAINT fk_exam_attempt_exam FOREIGN KEY (exam_id) REFERENCES exam (id),
    CONSTRAINT fk_exam_attempt_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX ix_exam_attempt_status_deadline ON exam_attempt (status, deadline);
CREATE INDEX ix_exam_attempt_person ON exam_attempt (person_id, exam_id);

CREATE TABLE attempt_question (
    attempt_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    question_id     BIGINT        NOT NULL,
    revision_id     BIGINT        NOT NULL,
    choice_order    VARCHAR(400)  NOT NULL,
    score           DOUBLE,
    graded_revision_id BIGINT,
    graded_by       BIGINT,
    graded_at       DATETIME(6),
    rubric_points   VARCHAR(400),
    grader_comment  VARCHAR(4000),
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT fk_attempt_question_question FOREIGN KEY (question_id) REFERENCES exam_question (id),
    CONSTRAINT fk_attempt_question_revision FOREIGN KEY (revision_id) REFERENCES question_revision (id)
);

CREATE INDEX ix_attempt_question_question ON attempt_question (question_id);

CREATE TABLE attempt_answer (
    attempt_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    response    MEDIUMTEXT,
    flagged     BOOLEAN      NOT NULL,
    sequence    BIGINT       NOT NULL,
    saved_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
);

-- Extra time and extra attempts for one person on one exam, granted by a trainer or HR.
CREATE TABLE exam_accommodation (
    person_id       BIGINT        NOT NULL,
    exam_id         BIGINT        NOT NULL,
    extra_minutes   INT           NOT NULL,
    extra_attempts  INT           NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    granted_by      BIGINT        NOT NULL,
    granted_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (person_id, exam_id),
    CONSTRAINT fk_accommodation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_accommodation_exam FOREIGN KEY (exam_id) REFERENCES exam (id)
);

-- Every change of a question's score after the attempt was first graded: essays graded by a
-- person, regrades after a question was corrected.
CREATE TABLE grade_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id   BIGINT         NOT NULL,
    position     INT            NOT NULL,
    reason       VARCHAR(20)    NOT NULL,
    old_score    DOUBLE,
    new_score    DOUBLE         NOT NULL,
    revision_id  BIGINT         NOT NULL,
    changed_by   BIGINT,
    changed_at   DATETIME(6)    NOT NULL,
    note         VARCHAR(1000),
    CONSTRAINT fk_grade_change_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
);

CREATE INDEX ix_grade_change_attempt ON grade_change (attempt_id);

-- ShedLock: each scheduled job runs on one instance at a time.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
);

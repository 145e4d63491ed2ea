-- Certifications and exams as imported from exams/, and every revision of every question, so that
-- an attempt can always name the exact question revisions it showed.
CREATE TABLE certification (
    id               VARCHAR(80)   NOT NULL PRIMARY KEY,
    name_en          VARCHAR(200)  NOT NULL,
    name_zh          VARCHAR(200),
    validity_months  INT           NOT NULL,
    prerequisites    VARCHAR(1000) NOT NULL,
    version          BIGINT        NOT NULL
);

CREATE TABLE exam (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug                VARCHAR(80)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    locale              VARCHAR(10)   NOT NULL,
    certification_id    VARCHAR(80),
    courses             VARCHAR(1000) NOT NULL,
    time_limit_minutes  INT           NOT NULL,
    pass_mark_percent   INT           NOT NULL,
    max_attempts        INT           NOT NULL,
    cooldown_hours      INT           NOT NULL,
    shuffle_questions   BOOLEAN       NOT NULL,
    shuffle_answers     BOOLEAN       NOT NULL,
    draws               VARCHAR(2000) NOT NULL,
    time_expiry         VARCHAR(20)   NOT NULL,
    grace_minutes       INT           NOT NULL,
    review              VARCHAR(20)   NOT NULL,
    rubric              VARCHAR(4000) NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_exam_slug UNIQUE (slug)
);

CREATE TABLE exam_question (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    exam_id              BIGINT       NOT NULL,
    question_key         VARCHAR(200) NOT NULL,
    category             VARCHAR(200),
    type                 VARCHAR(20)  NOT NULL,
    current_revision_id  BIGINT,
    retired              BOOLEAN      NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_exam_question_key UNIQUE (exam_id, question_key),
    CONSTRAINT fk_exam_question_exam FOREIGN KEY (exam_id) REFERENCES exam (id)
);

CREATE TABLE question_revision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id   BIGINT      NOT NULL,
    number        INT         NOT NULL,
    gift          MEDIUMTEXT  NOT NULL,
    content_hash  VARCHAR(64) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_question_revision_number UNIQUE (question_id, number),
    CONSTRAINT fk_question_revision_question FOREIGN KEY (question_id) REFERENCES exam_question (id)
);

-- Courses, their modules and every revision of every module in each language.
CREATE TABLE course (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug           VARCHAR(80)   NOT NULL,
    track          VARCHAR(30)   NOT NULL,
    position       INT           NOT NULL,
    minutes        INT           NOT NULL,
    title_en       VARCHAR(200)  NOT NULL,
    title_zh       VARCHAR(200),
    summary_en     VARCHAR(1000),
    summary_zh     VARCHAR(1000),
    prerequisites  VARCHAR(1000) NOT NULL,
    source_hash    VARCHAR(64),
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_course_slug UNIQUE (slug)
);

CREATE TABLE course_module (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT      NOT NULL,
    slug       VARCHAR(80) NOT NULL,
    position   INT         NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT uk_course_module_slug UNIQUE (course_id, slug),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE module_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id       BIGINT       NOT NULL,
    locale          VARCHAR(10)  NOT NULL,
    number          INT          NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    minutes         INT          NOT NULL,
    markdown        MEDIUMTEXT   NOT NULL,
    html            MEDIUMTEXT   NOT NULL,
    toc             MEDIUMTEXT   NOT NULL,
    plain_text      MEDIUMTEXT   NOT NULL,
    major_change    BOOLEAN      NOT NULL,
    change_summary  VARCHAR(500),
    source_hash     VARCHAR(64),
    author_id       BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    published_at    DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_module_revision_number UNIQUE (module_id, locale, number),
    CONSTRAINT fk_module_revision_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE INDEX ix_module_revision_status ON module_revision (module_id, locale, status);

CREATE TABLE course_image (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id     BIGINT       NOT NULL,
    name          VARCHAR(120) NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    bytes         LONGBLOB     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_course_image_name UNIQUE (course_id, name),
    CONSTRAINT fk_course_image_course FOREIGN KEY (course_id) REFERENCES course (id)
);

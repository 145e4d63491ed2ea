-- Each run of the content import (start-up or a trainer's re-import) and the problems it found.
CREATE TABLE content_import (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NOT NULL,
    person_id    BIGINT,
    summary      VARCHAR(500) NOT NULL,
    problems     MEDIUMTEXT   NOT NULL
);

-- What each person has read: completion per module (against the revision they read) and where they stopped.
CREATE TABLE module_progress (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id              BIGINT      NOT NULL,
    module_id              BIGINT      NOT NULL,
    completed_revision_id  BIGINT,
    completed_at           DATETIME(6),
    position_percent       INT         NOT NULL,
    updated_at             DATETIME(6) NOT NULL,
    CONSTRAINT uk_module_progress UNIQUE (person_id, module_id),
    CONSTRAINT fk_module_progress_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

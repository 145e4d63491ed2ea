-- Agents report problems and suggest improvements on modules; trainers answer.
CREATE TABLE module_feedback (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id    BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    answer       VARCHAR(4000),
    answered_by  BIGINT,
    created_at   DATETIME(6)   NOT NULL,
    answered_at  DATETIME(6),
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_module_feedback_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE INDEX ix_module_feedback_status ON module_feedback (status, created_at);
CREATE INDEX ix_module_feedback_person ON module_feedback (person_id, created_at);

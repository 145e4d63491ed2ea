-- Certificates issued by passing exams, the reminders sent before they expire, exams reopened for
-- recertification, in-app notifications and the append-only audit log.
CREATE TABLE certificate (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)   NOT NULL,
    person_id         BIGINT        NOT NULL,
    certification_id  VARCHAR(80)   NOT NULL,
    attempt_id        BIGINT        NOT NULL,
    exam_slug         VARCHAR(80)   NOT NULL,
    percent           DOUBLE        NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    expires_at        DATETIME(6)   NOT NULL,
    recertify_by      DATETIME(6),
    recertify_reason  MEDIUMTEXT,
    replaced_by       BIGINT,
    revoked_at        DATETIME(6),
    revoked_by        BIGINT,
    revoke_reason     VARCHAR(1000),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_attempt UNIQUE (attempt_id),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_certificate_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
);

CREATE INDEX ix_certificate_person ON certificate (person_id, certification_id);
CREATE INDEX ix_certificate_expiry ON certificate (expires_at);

CREATE TABLE certificate_reminder (
    certificate_id  BIGINT       NOT NULL,
    days_before     INT          NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (certificate_id, days_before),
    CONSTRAINT fk_reminder_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);

-- An exam opened again for one person to recertify, whatever their earlier attempts.
CREATE TABLE exam_reopening (
    person_id         BIGINT        NOT NULL,
    certification_id  VARCHAR(80)   NOT NULL,
    reason            VARCHAR(40)   NOT NULL,
    opened_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (person_id, certification_id),
    CONSTRAINT fk_reopening_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT         NOT NULL,
    kind         VARCHAR(40)    NOT NULL,
    message_key  VARCHAR(100)   NOT NULL,
    arguments    VARCHAR(2000)  NOT NULL,
    link         VARCHAR(500),
    details      MEDIUMTEXT,
    created_at   DATETIME(6)    NOT NULL,
    read_at      DATETIME(6),
    CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE INDEX ix_notification_person ON notification (person_id, read_at);

-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)    NOT NULL,
    actor_id     BIGINT,
    kind         VARCHAR(40)    NOT NULL,
    subject      VARCHAR(200)   NOT NULL,
    details      VARCHAR(2000)  NOT NULL
);

CREATE INDEX ix_audit_event_when ON audit_event (occurred_at);

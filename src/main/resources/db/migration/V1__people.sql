CREATE TABLE team (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT uk_team_name UNIQUE (name)
);

CREATE TABLE person (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    username              VARCHAR(64)  NOT NULL,
    employee_number       VARCHAR(32)  NOT NULL,
    display_name          VARCHAR(100) NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    password_hash         VARCHAR(255) NOT NULL,
    must_change_password  BOOLEAN      NOT NULL,
    active                BOOLEAN      NOT NULL,
    team_id               BIGINT,
    preferred_locale      VARCHAR(10),
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT uk_person_username UNIQUE (username),
    CONSTRAINT uk_person_employee_number UNIQUE (employee_number),
    CONSTRAINT fk_person_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE INDEX ix_person_display_name ON person (display_name);

CREATE TABLE person_role (
    person_id   BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

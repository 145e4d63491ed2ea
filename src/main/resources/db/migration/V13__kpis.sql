-- Monthly KPIs from the call-centre system: one row per person and month, imported from HR's CSV
-- upload or entered by a supervisor, and the log of accepted uploads. period is 'YYYY-MM'; the
-- percentages (first-contact resolution, QA score, CSAT) are 0-100 with two decimals.
CREATE TABLE kpi_month (
    person_id                 BIGINT         NOT NULL,
    period                    CHAR(7)        NOT NULL,
    calls_handled             INT            NOT NULL,
    first_contact_resolution  DECIMAL(5,2)   NOT NULL,
    handle_time_seconds       INT            NOT NULL,
    qa_score                  DECIMAL(5,2)   NOT NULL,
    csat                      DECIMAL(5,2)   NOT NULL,
    source                    VARCHAR(10)    NOT NULL,
    entered_by                BIGINT,
    entered_at                DATETIME(6)    NOT NULL,
    PRIMARY KEY (person_id, period),
    CONSTRAINT fk_kpi_month_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_kpi_month_entered_by FOREIGN KEY (entered_by) REFERENCES person (id)
);

CREATE INDEX ix_kpi_month_period ON kpi_month (period);

CREATE TABLE kpi_upload (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(255)   NOT NULL,
    periods      VARCHAR(2000)  NOT NULL,
    row_count    INT            NOT NULL,
    uploaded_by  BIGINT         NOT NULL,
    uploaded_at  DATETIME(6)    NOT NULL,
    CONSTRAINT fk_kpi_upload_person FOREIGN KEY (uploaded_by) REFERENCES person (id)
);

CREATE INDEX ix_kpi_upload_time ON kpi_upload (uploaded_at);

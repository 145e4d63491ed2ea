-- Failed sign-ins are counted per typed user name, whether or not such a person exists,
-- so that the lockout message cannot tell anyone which accounts exist.
CREATE TABLE sign_in_throttle (
    username        VARCHAR(128) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    locked_until    DATETIME(6),
    last_failure_at DATETIME(6)  NOT NULL
);

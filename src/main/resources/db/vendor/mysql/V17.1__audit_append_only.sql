-- The audit log is append-only: the database itself refuses to change or delete an entry, whoever
-- asks. In production the application's user also has only INSERT and SELECT on the table (README),
-- which closes TRUNCATE and DROP as well.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: entries cannot be changed';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: entries cannot be deleted';

-- The audit log is append-only: the database itself refuses to change or delete an entry (H2 calls
-- a Java trigger; MySQL and MariaDB have their own migration with SIGNAL).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL "com.agentacademy.security.AppendOnlyTrigger";

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    CALL "com.agentacademy.security.AppendOnlyTrigger";

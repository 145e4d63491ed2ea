-- Where an audited action came from: the client's address (IPv4 or IPv6), none for the system's jobs.
ALTER TABLE audit_event ADD COLUMN client_address VARCHAR(45);

-- Version 5: the audit trail (issue 4, ADR 0007). One row per create, change, delete, finalize, correction,
-- import, restore or backup: when, which operating-system user, what was done to which record and a short machine
-- summary of what changed. Insert-only: the trigger AuditGuard refuses any update or delete. Each row carries
-- SHA-256 over its content and the previous row's hash, so that a row changed or removed behind the app's back
-- is found by verify. (V4 is another feature's migration.)
-- No identity column, default or check with a function: backups are SQL scripts screened for function calls.

CREATE TABLE audit_entry (
    seq            BIGINT PRIMARY KEY,
    id             UUID NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    os_user        VARCHAR(200) NOT NULL,
    audit_action   VARCHAR(20) NOT NULL,
    entity_kind    VARCHAR(20) NOT NULL,
    entity_id      VARCHAR(200),
    summary        VARCHAR(4000) NOT NULL,
    previous_hash  VARCHAR(64),
    entry_hash     VARCHAR(64) NOT NULL,
    CONSTRAINT uq_audit_entry_id UNIQUE (id)
);

CREATE INDEX ix_audit_entry_at ON audit_entry (recorded_at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_kind, entity_id);

CREATE TRIGGER tr_audit_entry_insert_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW CALL 'vn.sochibo.persistence.AuditGuard';

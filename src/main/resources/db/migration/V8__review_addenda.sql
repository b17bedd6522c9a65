-- Version 8: correction addenda (phụ lục đính chính) to a finalized review's minutes (ADR 0012). Like a meeting's
-- (V3), an addendum is locked from the moment it is recorded: the trigger ReviewGuard refuses any update or delete,
-- and an addendum to a period that is not finalized. Its hash is chained to the period's (then to the period's
-- previous addendum) and checked by verify.
-- No identity column, default or check with a function: backups are SQL scripts screened for function calls.

CREATE TABLE review_addendum (
    id               UUID PRIMARY KEY,
    period_id        UUID NOT NULL REFERENCES review_period (id),
    number           INT NOT NULL,
    addendum_date    DATE NOT NULL,
    location         VARCHAR(300) NOT NULL,
    recorded_text    VARCHAR(5000),
    corrected_text   VARCHAR(5000) NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    recorded_by      VARCHAR(300) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash     VARCHAR(64) NOT NULL,
    previous_hash    VARCHAR(64) NOT NULL,
    CONSTRAINT uq_review_addendum_number UNIQUE (period_id, number)
);

CREATE TRIGGER tr_review_addendum_locked BEFORE INSERT, UPDATE, DELETE ON review_addendum FOR EACH ROW CALL 'vn.sochibo.persistence.ReviewGuard';

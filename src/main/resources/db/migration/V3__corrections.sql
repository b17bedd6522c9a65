-- Version 3: correction addenda (phụ lục đính chính) to finalized meetings (issue 3). An addendum is locked
-- from the moment it is recorded: the triggers refuse any update or delete, an addendum to a meeting that is
-- not finalized, and any item beyond the count the addendum was recorded with.

CREATE TABLE meeting_correction (
    id               UUID PRIMARY KEY,
    meeting_id       UUID NOT NULL REFERENCES meeting (id),
    document         VARCHAR(20) NOT NULL,
    number           INT NOT NULL,
    correction_date  DATE NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    item_count       INT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash     VARCHAR(64) NOT NULL,
    previous_hash    VARCHAR(64) NOT NULL,
    CONSTRAINT uq_meeting_correction_number UNIQUE (meeting_id, document, number),
    CONSTRAINT ck_meeting_correction_items CHECK (item_count > 0)
);

CREATE TABLE meeting_correction_item (
    correction_id   UUID NOT NULL REFERENCES meeting_correction (id),
    sort_order      INT NOT NULL,
    location        VARCHAR(300) NOT NULL,
    recorded_text   VARCHAR(5000),
    corrected_text  VARCHAR(5000) NOT NULL,
    PRIMARY KEY (correction_id, sort_order)
);

CREATE TRIGGER tr_meeting_correction_locked BEFORE INSERT, UPDATE, DELETE ON meeting_correction FOR EACH ROW CALL 'vn.sochibo.persistence.CorrectionGuard';
CREATE TRIGGER tr_meeting_correction_item_locked BEFORE INSERT, UPDATE, DELETE ON meeting_correction_item FOR EACH ROW CALL 'vn.sochibo.persistence.CorrectionGuard';

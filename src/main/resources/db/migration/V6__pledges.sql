-- Version 6: yearly pledges (issue 5, ADR 0010). A member's pledge for a year with its items, and the dated
-- follow-ups of each item. No cascading deletes: a pledge whose items have follow-ups cannot be deleted, an item
-- with follow-ups cannot be removed, and a member with a pledge cannot be deleted. Deleting a draft meeting keeps
-- the follow-ups recorded at it (their meeting link is cleared). A follow-up recorded at a meeting is locked with
-- the meeting once it is finalized (the same guard as the meeting's own rows), so the finalized minutes that print
-- it cannot change.
-- No identity column, default or check with a function: backups are SQL scripts screened for function calls.

CREATE TABLE pledge (
    id             UUID PRIMARY KEY,
    member_id      UUID NOT NULL REFERENCES member (id),
    pledge_year    INT NOT NULL,
    registered_on  DATE,
    CONSTRAINT uq_pledge_member_year UNIQUE (member_id, pledge_year)
);
CREATE INDEX ix_pledge_year ON pledge (pledge_year);

CREATE TABLE pledge_item (
    id               UUID PRIMARY KEY,
    pledge_id        UUID NOT NULL REFERENCES pledge (id),
    sort_order       INT NOT NULL,
    kind             VARCHAR(30) NOT NULL,
    content          VARCHAR(1000) NOT NULL,
    target           VARCHAR(1000),
    deadline         DATE NOT NULL,
    example_setting  BOOLEAN NOT NULL
);
CREATE INDEX ix_pledge_item_pledge ON pledge_item (pledge_id, sort_order);

CREATE TABLE pledge_follow_up (
    id              UUID PRIMARY KEY,
    item_id         UUID NOT NULL REFERENCES pledge_item (id),
    follow_up_date  DATE NOT NULL,
    progress        VARCHAR(2000) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    evidence        VARCHAR(1000),
    meeting_id      UUID REFERENCES meeting (id) ON DELETE SET NULL
);
CREATE INDEX ix_pledge_follow_up_item ON pledge_follow_up (item_id, follow_up_date);
CREATE INDEX ix_pledge_follow_up_meeting ON pledge_follow_up (meeting_id);

CREATE TRIGGER tr_pledge_follow_up_finalized BEFORE INSERT, UPDATE, DELETE ON pledge_follow_up FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';

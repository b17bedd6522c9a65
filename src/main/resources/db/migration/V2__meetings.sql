-- Version 2: chi bộ meetings (issue 3). A meeting and everything recorded in it. Once finalized, the
-- triggers at the end refuse any change to it: the store enforces it, not only the UI.

CREATE TABLE meeting (
    id                 UUID PRIMARY KEY,
    kind               VARCHAR(20) NOT NULL,
    topic              VARCHAR(500),
    meeting_date       DATE NOT NULL,
    start_time         TIME,
    end_time           TIME,
    place              VARCHAR(300),
    chair_id           UUID REFERENCES member (id),
    minute_taker_id    UUID REFERENCES member (id),
    conclusion         VARCHAR(100000),
    finalized          BOOLEAN DEFAULT FALSE NOT NULL,
    minutes_number     INT,
    resolution_number  INT,
    finalized_at       TIMESTAMP WITH TIME ZONE,
    content_hash       VARCHAR(64),
    previous_hash      VARCHAR(64),
    CONSTRAINT ck_meeting_finalized CHECK (finalized = FALSE
        OR (minutes_number IS NOT NULL AND resolution_number IS NOT NULL AND finalized_at IS NOT NULL
            AND content_hash IS NOT NULL))
);
CREATE INDEX ix_meeting_date ON meeting (meeting_date);

CREATE TABLE meeting_guest (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    sort_order  INT NOT NULL,
    name        VARCHAR(200) NOT NULL,
    position    VARCHAR(300)
);

CREATE TABLE meeting_roll_call (
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id   UUID NOT NULL REFERENCES member (id),
    attendance  VARCHAR(30) NOT NULL,
    reason      VARCHAR(500),
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE meeting_agenda_part (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    sort_order  INT NOT NULL,
    title       VARCHAR(300) NOT NULL,
    body        VARCHAR(100000)
);

CREATE TABLE meeting_contribution (
    id                 UUID PRIMARY KEY,
    meeting_id         UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    sort_order         INT NOT NULL,
    part_id            UUID REFERENCES meeting_agenda_part (id) ON DELETE SET NULL,
    speaker_member_id  UUID REFERENCES member (id),
    speaker_guest_id   UUID REFERENCES meeting_guest (id) ON DELETE SET NULL,
    body               VARCHAR(100000) NOT NULL
);

CREATE TABLE meeting_vote (
    id             UUID PRIMARY KEY,
    meeting_id     UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    sort_order     INT NOT NULL,
    question       VARCHAR(1000) NOT NULL,
    subject        VARCHAR(40) NOT NULL,
    secret_ballot  BOOLEAN NOT NULL,
    in_favour      INT NOT NULL,
    against        INT NOT NULL,
    other          INT NOT NULL
);

CREATE TABLE meeting_task (
    id           UUID PRIMARY KEY,
    meeting_id   UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    sort_order   INT NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    deadline     DATE
);

CREATE TABLE meeting_task_assignee (
    task_id     UUID NOT NULL REFERENCES meeting_task (id) ON DELETE CASCADE,
    member_id   UUID NOT NULL REFERENCES member (id),
    sort_order  INT NOT NULL,
    PRIMARY KEY (task_id, member_id)
);

CREATE TABLE meeting_task_follow_up (
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    task_id     UUID NOT NULL REFERENCES meeting_task (id),
    result      VARCHAR(20) NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (meeting_id, task_id)
);

CREATE TABLE meeting_self_score (
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    criterion   VARCHAR(60) NOT NULL,
    points      INT NOT NULL,
    PRIMARY KEY (meeting_id, criterion)
);

-- Guards: a finalized meeting, and every row that belongs to it, can no longer be inserted, changed or deleted.
CREATE TRIGGER tr_meeting_finalized BEFORE INSERT, UPDATE, DELETE ON meeting FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_guest_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_guest FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_roll_call_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_roll_call FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_agenda_part_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_agenda_part FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_contribution_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_contribution FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_vote_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_vote FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_task_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_task FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_task_assignee_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_task_assignee FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_task_follow_up_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_task_follow_up FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';
CREATE TRIGGER tr_meeting_self_score_finalized BEFORE INSERT, UPDATE, DELETE ON meeting_self_score FOR EACH ROW CALL 'vn.sochibo.persistence.FinalizedMeetingGuard';

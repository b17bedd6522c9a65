-- Version 7: the annual review (kiểm điểm, đánh giá, xếp loại; issue 6, ADR 0012). A review period with its review
-- meeting (roll call, comments), each member's part (inclusion override, self-review, signs of degradation ticked,
-- self-proposed level, criteria scores, conditions for "xuất sắc" ticked, the cell's vote and proposed level), and
-- the final levels decided later by the upper committee.
-- Once a period is finalized the trigger ReviewGuard refuses any insert, update or delete touching it or its rows;
-- a final level may only be added to a finalized period and is never updated or deleted.
-- No identity column, default or check with a function: backups are SQL scripts screened for function calls.

CREATE TABLE review_period (
    id               UUID PRIMARY KEY,
    kind             VARCHAR(10) NOT NULL,
    review_year      INT NOT NULL,
    start_date       DATE NOT NULL,
    end_date         DATE NOT NULL,
    title            VARCHAR(300) NOT NULL,
    meeting_date     DATE,
    start_time       TIME,
    end_time         TIME,
    place            VARCHAR(300),
    chair_id         UUID REFERENCES member (id),
    minute_taker_id  UUID REFERENCES member (id),
    conclusion       VARCHAR(8000),
    finalized        BOOLEAN NOT NULL,
    number           INT,
    finalized_at     TIMESTAMP WITH TIME ZONE,
    content_hash     VARCHAR(64),
    previous_hash    VARCHAR(64),
    CONSTRAINT ck_review_period_finalized CHECK ((finalized = FALSE AND number IS NULL AND finalized_at IS NULL
        AND content_hash IS NULL) OR (number IS NOT NULL AND finalized_at IS NOT NULL AND content_hash IS NOT NULL))
);
CREATE INDEX ix_review_period_year ON review_period (review_year);

CREATE TABLE review_roll_call (
    period_id   UUID NOT NULL REFERENCES review_period (id),
    member_id   UUID NOT NULL REFERENCES member (id),
    attendance  VARCHAR(30) NOT NULL,
    reason      VARCHAR(500),
    PRIMARY KEY (period_id, member_id)
);

CREATE TABLE review_comment (
    id                 UUID PRIMARY KEY,
    period_id          UUID NOT NULL REFERENCES review_period (id),
    sort_order         INT NOT NULL,
    about_member_id    UUID REFERENCES member (id),
    speaker_member_id  UUID REFERENCES member (id),
    speaker_name       VARCHAR(300),
    text               VARCHAR(8000) NOT NULL
);
CREATE INDEX ix_review_comment_period ON review_comment (period_id, sort_order);

CREATE TABLE review_member (
    id                     UUID PRIMARY KEY,
    period_id              UUID NOT NULL REFERENCES review_period (id),
    member_id              UUID NOT NULL REFERENCES member (id),
    included               BOOLEAN,
    inclusion_reason       VARCHAR(500),
    paper_received_on      DATE,
    txt_strength_politics     VARCHAR(8000),
    txt_strength_ethics       VARCHAR(8000),
    txt_strength_discipline   VARCHAR(8000),
    txt_strength_work_style   VARCHAR(8000),
    txt_strength_duties       VARCHAR(8000),
    txt_strength_leadership   VARCHAR(8000),
    txt_strength_pledges      VARCHAR(8000),
    txt_limitations           VARCHAR(8000),
    txt_earlier_fixes         VARCHAR(8000),
    txt_upper_issues          VARCHAR(8000),
    txt_collective_share      VARCHAR(8000),
    txt_remedies              VARCHAR(8000),
    signs                  VARCHAR(100),
    self_level             VARCHAR(20),
    excellent_conditions   VARCHAR(500),
    votes_excellent        INT,
    votes_good             INT,
    votes_completed        INT,
    votes_not_completed    INT,
    cell_level             VARCHAR(20),
    CONSTRAINT uq_review_member UNIQUE (period_id, member_id)
);

CREATE TABLE review_score (
    review_member_id  UUID NOT NULL REFERENCES review_member (id),
    criterion_key     VARCHAR(60) NOT NULL,
    points            DECIMAL(5, 1) NOT NULL,
    PRIMARY KEY (review_member_id, criterion_key)
);

CREATE TABLE review_final_level (
    id               UUID PRIMARY KEY,
    period_id        UUID NOT NULL REFERENCES review_period (id),
    member_id        UUID NOT NULL REFERENCES member (id),
    level            VARCHAR(20) NOT NULL,
    decision_number  VARCHAR(100) NOT NULL,
    decision_date    DATE NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash     VARCHAR(64) NOT NULL,
    previous_hash    VARCHAR(64) NOT NULL,
    CONSTRAINT uq_review_final_level UNIQUE (period_id, member_id)
);

CREATE TRIGGER tr_review_period_locked BEFORE INSERT, UPDATE, DELETE ON review_period FOR EACH ROW CALL 'vn.sochibo.persistence.ReviewGuard';
CREATE TRIGGER tr_review_roll_call_locked BEFORE INSERT, UPDATE, DELETE ON review_roll_call FOR EACH ROW CALL 'vn.sochibo.persistence.ReviewGuard';
CREATE TRIGGER tr_review_comment_locked BEFORE INSERT, UPDATE, DELETE ON review_comment FOR EACH ROW CALL 'vn.sochibo.persistence.ReviewGuard';
CREATE TRIGGER tr_review_member_locked BEFORE INSERT, UPDATE, DELETE ON review_member FOR EACH ROW CALL 'vn.sochibo.persistence.ReviewGuard';
CREATE TRIGGER tr_review_score_locked BEFORE INSERT, UPDATE, DELETE ON review_score FOR EACH ROW CALL 'vn.sochibo.persistence.ReviewGuard';
CREATE TRIGGER tr_review_final_level_locked BEFORE INSERT, UPDATE, DELETE ON review_final_level FOR EACH ROW CALL 'vn.sochibo.persistence.ReviewGuard';

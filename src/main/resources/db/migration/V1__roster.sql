-- Version 1: the cell profile, the member roster with its status history, and settings.

CREATE TABLE member (
    id              UUID PRIMARY KEY,
    full_name       VARCHAR(100) NOT NULL,
    gender          VARCHAR(10),
    birth_date      DATE,
    hometown        VARCHAR(200),
    position        VARCHAR(200),
    admission_date  DATE NOT NULL,
    official_date   DATE,
    card_number     VARCHAR(20),
    phone           VARCHAR(20),
    note            VARCHAR(4000),
    -- Folded (no diacritics, lower case) copy of the searchable text, for accent-insensitive search.
    search_text     VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_member_card_number UNIQUE (card_number),
    CONSTRAINT ck_member_official_after_admission CHECK (official_date IS NULL OR official_date >= admission_date)
);

CREATE TABLE member_status_event (
    id          UUID PRIMARY KEY,
    member_id   UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    event_type  VARCHAR(40) NOT NULL,
    event_date  DATE NOT NULL,
    note        VARCHAR(500)
);
CREATE INDEX ix_status_event_member ON member_status_event (member_id, event_date);

CREATE TABLE cell_profile (
    id                  INT PRIMARY KEY CHECK (id = 1),
    cell_name           VARCHAR(200) NOT NULL,
    upper_organisation  VARCHAR(200) NOT NULL,
    place_name          VARCHAR(100) NOT NULL,
    term_start          DATE NOT NULL,
    term_end            DATE NOT NULL,
    secretary_id        UUID REFERENCES member (id),
    deputy_id           UUID REFERENCES member (id)
);

CREATE TABLE committee_member (
    member_id   UUID PRIMARY KEY REFERENCES member (id),
    sort_order  INT NOT NULL
);

CREATE TABLE app_setting (
    setting_key    VARCHAR(100) PRIMARY KEY,
    setting_value  VARCHAR(4000) NOT NULL
);

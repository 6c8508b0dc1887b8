-- Portable SQL: runs on SQLite (default) and PostgreSQL. Instants are epoch milliseconds (BIGINT),
-- local dates ISO text (yyyy-MM-dd), flags INTEGER 0/1. ${id} is the auto-increment primary key
-- of the database in use (see config: spring.flyway.placeholders.id).

CREATE TABLE unit (
    id              ${id},
    code            VARCHAR(64)   NOT NULL UNIQUE,
    name            VARCHAR(200)  NOT NULL,
    level           VARCHAR(16)   NOT NULL,
    parent_id       BIGINT        REFERENCES unit (id),
    -- materialised path of ids, "/1/4/17/": a subtree is one indexed prefix query
    path            VARCHAR(1000) NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    created_at      BIGINT        NOT NULL,
    retired_at      BIGINT,
    merged_into_id  BIGINT        REFERENCES unit (id)
);
CREATE INDEX unit_path ON unit (path);
CREATE INDEX unit_parent ON unit (parent_id);

CREATE TABLE unit_tag (
    unit_id BIGINT      NOT NULL REFERENCES unit (id),
    tag     VARCHAR(64) NOT NULL,
    PRIMARY KEY (unit_id, tag)
);
CREATE INDEX unit_tag_tag ON unit_tag (tag);

-- Append-only: every rename, move, tag change, retirement or merge of a unit.
CREATE TABLE unit_history (
    id          ${id},
    unit_id     BIGINT        NOT NULL REFERENCES unit (id),
    changed_at  BIGINT        NOT NULL,
    change      VARCHAR(16)   NOT NULL,
    old_value   VARCHAR(1000),
    new_value   VARCHAR(1000),
    actor_id    BIGINT
);
CREATE INDEX unit_history_unit ON unit_history (unit_id, changed_at);

CREATE TABLE person (
    id           ${id},
    display_name VARCHAR(200) NOT NULL,
    language     VARCHAR(8)   NOT NULL DEFAULT 'vi',
    created_at   BIGINT       NOT NULL
);

-- Who a person is on a messenger: (channel, user id), e.g. ('telegram', '123456').
CREATE TABLE chat_identity (
    id         ${id},
    person_id  BIGINT      NOT NULL REFERENCES person (id),
    channel    VARCHAR(16) NOT NULL,
    user_ref   VARCHAR(64) NOT NULL,
    UNIQUE (channel, user_ref)
);

-- Where messages go: a private chat or a group on a channel.
CREATE TABLE chat (
    id               ${id},
    channel          VARCHAR(16)  NOT NULL,
    chat_ref         VARCHAR(64)  NOT NULL,
    kind             VARCHAR(8)   NOT NULL,
    title            VARCHAR(200),
    language         VARCHAR(8)   NOT NULL DEFAULT 'vi',
    active           INTEGER      NOT NULL DEFAULT 1,
    inactive_reason  VARCHAR(200),
    reminders_paused INTEGER      NOT NULL DEFAULT 0,
    created_at       BIGINT       NOT NULL,
    UNIQUE (channel, chat_ref)
);

-- The chats that receive a unit's reminders and notices.
CREATE TABLE chat_binding (
    chat_id  BIGINT NOT NULL REFERENCES chat (id),
    unit_id  BIGINT NOT NULL REFERENCES unit (id),
    bound_at BIGINT NOT NULL,
    PRIMARY KEY (chat_id, unit_id)
);
CREATE INDEX chat_binding_unit ON chat_binding (unit_id);

CREATE TABLE role_assignment (
    id          ${id},
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    unit_id     BIGINT      NOT NULL REFERENCES unit (id),
    role        VARCHAR(16) NOT NULL,
    granted_at  BIGINT      NOT NULL,
    granted_by  BIGINT,
    revoked_at  BIGINT
);
CREATE INDEX role_assignment_person ON role_assignment (person_id, revoked_at);
CREATE INDEX role_assignment_unit ON role_assignment (unit_id, revoked_at);

CREATE TABLE plan (
    id             ${id},
    code           VARCHAR(64)   NOT NULL UNIQUE,
    number         VARCHAR(64),
    title          VARCHAR(1000) NOT NULL,
    issued_on      VARCHAR(10)   NOT NULL,
    issuer_code    VARCHAR(64)   NOT NULL,
    source_file    VARCHAR(200),
    in_force_from  VARCHAR(10)   NOT NULL,
    in_force_until VARCHAR(10),
    ended_on       VARCHAR(10),
    definition     TEXT          NOT NULL,
    imported_at    BIGINT        NOT NULL
);

-- The current definition of each obligation; earlier ones stay in obligation_version.
CREATE TABLE obligation (
    id          ${id},
    code        VARCHAR(64)   NOT NULL UNIQUE,
    plan_id     BIGINT        NOT NULL REFERENCES plan (id),
    title       VARCHAR(500)  NOT NULL,
    version     INTEGER       NOT NULL,
    definition  TEXT          NOT NULL,
    -- the definition last imported from config/catalog: a file change is applied once, and an edit
    -- made from chat is not undone by the next start while the file stays the same
    file_definition TEXT,
    paused      INTEGER       NOT NULL DEFAULT 0,
    updated_at  BIGINT        NOT NULL
);

CREATE TABLE obligation_version (
    obligation_id BIGINT  NOT NULL REFERENCES obligation (id),
    version       INTEGER NOT NULL,
    definition    TEXT    NOT NULL,
    valid_from    BIGINT  NOT NULL,
    changed_by    BIGINT,
    PRIMARY KEY (obligation_id, version)
);

-- One row per (obligation, unit, period).
CREATE TABLE occurrence (
    id             ${id},
    obligation_id  BIGINT       NOT NULL REFERENCES obligation (id),
    unit_id        BIGINT       NOT NULL REFERENCES unit (id),
    period_key     VARCHAR(16)  NOT NULL,
    period_start   VARCHAR(10)  NOT NULL,
    period_end     VARCHAR(10)  NOT NULL,
    deadline       VARCHAR(10)  NOT NULL,
    due_at         BIGINT       NOT NULL,
    state          VARCHAR(12)  NOT NULL DEFAULT 'OPEN',
    quantity       DOUBLE PRECISION NOT NULL DEFAULT 0,
    closed_at      BIGINT,
    created_at     BIGINT       NOT NULL,
    UNIQUE (obligation_id, unit_id, period_key)
);
CREATE INDEX occurrence_state_due ON occurrence (state, due_at);
CREATE INDEX occurrence_unit_due ON occurrence (unit_id, due_at);

-- Append-only log of what people said about occurrences.
CREATE TABLE status_update (
    id             ${id},
    occurrence_id  BIGINT        NOT NULL REFERENCES occurrence (id),
    person_id      BIGINT        REFERENCES person (id),
    chat_id        BIGINT        REFERENCES chat (id),
    recorded_at    BIGINT        NOT NULL,
    raw_text       VARCHAR(2000),
    meaning        VARCHAR(16)   NOT NULL,
    quantity       DOUBLE PRECISION,
    total          INTEGER,
    done_on        VARCHAR(10),
    postpone_to    VARCHAR(10),
    note           VARCHAR(1000)
);
CREATE INDEX status_update_occurrence ON status_update (occurrence_id, recorded_at);
CREATE INDEX status_update_recorded ON status_update (recorded_at);

-- Notices staff broadcast to part of the tree, who they went to, what became of each message, and
-- who acknowledged them; and the weekly digests already sent. Portable SQL (SQLite, PostgreSQL).

CREATE TABLE notice (
    id                   ${id},
    sender_id            BIGINT        NOT NULL REFERENCES person (id),
    -- where the sender follows the notice: the deadline report goes here
    sender_chat_id       BIGINT        NOT NULL REFERENCES chat (id),
    -- the unit the sender acted from (its subtree holds every recipient); shown as the notice's author
    scope_unit_id        BIGINT        NOT NULL REFERENCES unit (id),
    body                 TEXT          NOT NULL,
    -- the recipients as chosen, in words ("Tỉnh đoàn Tây Ninh · #bien_gioi"), for the sender's lists
    audience             VARCHAR(500)  NOT NULL,
    attachment_kind      VARCHAR(16),
    attachment_path      VARCHAR(1000),
    attachment_name      VARCHAR(200),
    attachment_type      VARCHAR(100),
    created_at           BIGINT        NOT NULL,
    send_at              BIGINT        NOT NULL,
    respond_by           BIGINT,
    deadline_reported_at BIGINT
);
CREATE INDEX notice_sender ON notice (sender_id, id);
CREATE INDEX notice_scope ON notice (scope_unit_id, id);
CREATE INDEX notice_respond_by ON notice (respond_by);

-- One row per (chat, unit) the notice was addressed to; a chat bound to two chosen units gets one message.
CREATE TABLE notice_recipient (
    notice_id BIGINT NOT NULL REFERENCES notice (id),
    chat_id   BIGINT NOT NULL REFERENCES chat (id),
    unit_id   BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (notice_id, chat_id, unit_id)
);
CREATE INDEX notice_recipient_chat ON notice_recipient (chat_id);

-- Every message sent for a notice: round 0 is the notice itself, 1, 2, ... the re-sends. The outbox
-- row is found by its dedup key (no foreign key: sent rows are cleaned out of the outbox later).
CREATE TABLE notice_delivery (
    notice_id BIGINT       NOT NULL REFERENCES notice (id),
    chat_id   BIGINT       NOT NULL REFERENCES chat (id),
    round_no  INTEGER      NOT NULL,
    dedup_key VARCHAR(200) NOT NULL,
    PRIMARY KEY (notice_id, chat_id, round_no)
);

-- The first acknowledgement from each recipient chat.
CREATE TABLE notice_ack (
    notice_id       BIGINT NOT NULL REFERENCES notice (id),
    chat_id         BIGINT NOT NULL REFERENCES chat (id),
    person_id       BIGINT REFERENCES person (id),
    acknowledged_at BIGINT NOT NULL,
    PRIMARY KEY (notice_id, chat_id)
);

-- The weekly digest each staff member got, so a week's digest is sent once even after the outbox
-- has forgotten its sent rows; week_start is the local date of that week's sending slot.
CREATE TABLE staff_digest (
    person_id  BIGINT      NOT NULL REFERENCES person (id),
    week_start VARCHAR(10) NOT NULL,
    sent_at    BIGINT      NOT NULL,
    overdue    INTEGER     NOT NULL,
    PRIMARY KEY (person_id, week_start)
);

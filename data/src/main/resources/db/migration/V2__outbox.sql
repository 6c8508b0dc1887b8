-- Everything the bot sends is stored here first; the dispatcher sends it under the channel's rate
-- limits. A row is claimed (state SENDING, claimed_until) before sending, so several instances
-- sharing one database never send the same row at once; a claim that expires (crash) is taken
-- again, which is the only way a message can be sent twice.
CREATE TABLE outbox_message (
    id                   ${id},
    chat_id              BIGINT        NOT NULL REFERENCES chat (id),
    kind                 VARCHAR(16)   NOT NULL,
    payload              TEXT          NOT NULL,
    dedup_key            VARCHAR(200)  UNIQUE,
    priority             INTEGER       NOT NULL DEFAULT 0,
    state                VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    attempts             INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at      BIGINT        NOT NULL,
    claimed_by           VARCHAR(64),
    claimed_until        BIGINT,
    created_at           BIGINT        NOT NULL,
    sent_at              BIGINT,
    platform_message_id  VARCHAR(64),
    last_error           VARCHAR(500)
);
CREATE INDEX outbox_ready ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_chat ON outbox_message (chat_id, id);

-- The occurrences a sent message lists, by position, so that a reply to it, a button on it or a
-- number typed after it is attributed to the right item.
CREATE TABLE message_item (
    outbox_id     BIGINT  NOT NULL REFERENCES outbox_message (id),
    position      INTEGER NOT NULL,
    occurrence_id BIGINT  NOT NULL REFERENCES occurrence (id),
    PRIMARY KEY (outbox_id, position)
);
CREATE INDEX message_item_occurrence ON message_item (occurrence_id);

-- A multi-step dialogue waiting for a person's next message in a chat. Expires on its own.
CREATE TABLE dialog_state (
    chat_id     BIGINT       NOT NULL REFERENCES chat (id),
    person_id   BIGINT       NOT NULL REFERENCES person (id),
    kind        VARCHAR(32)  NOT NULL,
    payload     TEXT         NOT NULL,
    expires_at  BIGINT       NOT NULL,
    PRIMARY KEY (chat_id, person_id)
);

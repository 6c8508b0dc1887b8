-- What the numbers of a sent message mean, so that a number typed next in the chat refers to the
-- latest message that showed numbers: 'I' its numbered items (message_item), 'O' its numbered
-- options (the choices in its payload). NULL: the message shows no numbers to choose.
ALTER TABLE outbox_message ADD COLUMN numbers VARCHAR(1);
CREATE INDEX outbox_numbered ON outbox_message (chat_id, numbers, id);

-- An answer that could fit several items, waiting on the "which item?" message that lists them:
-- the number chosen on that message (typed or tapped) applies this answer, whichever message was
-- asked later.
CREATE TABLE pending_answer (
    outbox_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES outbox_message (id),
    person_id  BIGINT  NOT NULL REFERENCES person (id),
    payload    TEXT    NOT NULL
);

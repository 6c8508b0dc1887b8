-- Zalo messages already handed to the conversation. Zalo may deliver a message again (a getUpdates
-- answer lost on the way, a webhook call retried); the row makes the second delivery a no-op. Rows
-- are deleted after a few days.
CREATE TABLE zalo_received_message (
    chat_ref     VARCHAR(64)  NOT NULL,
    message_id   VARCHAR(64)  NOT NULL,
    received_at  BIGINT       NOT NULL,
    PRIMARY KEY (chat_ref, message_id)
);
CREATE INDEX zalo_received_message_at ON zalo_received_message (received_at);

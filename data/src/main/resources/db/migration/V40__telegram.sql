-- Telegram updates already handled, per bot, so that an update delivered again (a restart before
-- Telegram heard it was received, a webhook retry) is handled once. Telegram keeps undelivered
-- updates for 24 hours; rows older than a week are deleted.
CREATE TABLE telegram_update (
    bot_id       BIGINT NOT NULL,
    update_id    BIGINT NOT NULL,
    received_at  BIGINT NOT NULL,
    PRIMARY KEY (bot_id, update_id)
);
CREATE INDEX telegram_update_received ON telegram_update (received_at);

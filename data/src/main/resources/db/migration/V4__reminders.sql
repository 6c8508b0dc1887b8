-- What the reminder engine has handled: one row per (occurrence, stage), stage being D-7, D-3, D-1,
-- D0, O1.., ESC or R<day> (asked to be reminded that day). Rows are written in the same transaction
-- as the outbox rows of the messages that list them, so a rerun, a restart or a second instance
-- finds the stage taken and sends nothing twice. run_id says which run took the row (an insert that
-- met an existing key took nothing).
CREATE TABLE reminder_sent (
    occurrence_id BIGINT      NOT NULL REFERENCES occurrence (id),
    stage         VARCHAR(16) NOT NULL,
    -- the local day the stage was due to be sent (after moving off quiet days), yyyy-MM-dd
    stage_day     VARCHAR(10) NOT NULL,
    sent_at       BIGINT      NOT NULL,
    -- how many chats it went to; 0 when no chat receives the unit's reminders
    chats         INTEGER     NOT NULL,
    run_id        VARCHAR(40) NOT NULL,
    PRIMARY KEY (occurrence_id, stage)
);
CREATE INDEX reminder_sent_run ON reminder_sent (run_id);

-- A proactive message waits for the recipient's sending window at send time, unless the sender
-- explicitly chose to send it outside the window (a notice sent "now, outside hours"): any_hour = 1.
ALTER TABLE outbox_message ADD COLUMN any_hour INTEGER NOT NULL DEFAULT 0;

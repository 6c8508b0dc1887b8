-- The claim takes ready rows by priority, then due time, then age. This index lets it walk them in
-- that order and stop after one batch, so claiming costs the same with 100 or 1,000,000 rows waiting.
CREATE INDEX outbox_claim ON outbox_message (state, priority DESC, next_attempt_at, id);

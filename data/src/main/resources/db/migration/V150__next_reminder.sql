-- The instant the next reminder stage of an open occurrence falls (the start of that local day in
-- the unit's zone, epoch milliseconds), so a reminder run reads only what is due: one indexed range
-- next_remind_at <= now. NULL means "not worked out yet" (new rows, a moved deadline, a paused
-- obligation taken back): the next run or planning works it out. Portable SQL (SQLite, PostgreSQL).

ALTER TABLE occurrence ADD COLUMN next_remind_at BIGINT;
CREATE INDEX occurrence_state_next_remind ON occurrence (state, next_remind_at);

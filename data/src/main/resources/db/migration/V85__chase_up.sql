-- The chase-up chain reaches people: postponement requests are decided, a decision can move an
-- occurrence's deadline (the original is kept), supervisors choose which notices they hear about
-- in their private chats, and what reaches nobody is counted. Portable SQL (SQLite, PostgreSQL).

-- The deadline before an approved postponement moved it (NULL: never moved). deadline and due_at
-- hold the deadline in force, so every reminder, report and list uses it.
ALTER TABLE occurrence ADD COLUMN original_deadline VARCHAR(10);

-- A unit's request to postpone an occurrence, and what became of it.
CREATE TABLE postpone_request (
    id                 ${id},
    occurrence_id      BIGINT        NOT NULL REFERENCES occurrence (id),
    unit_id            BIGINT        NOT NULL REFERENCES unit (id),
    requested_by       BIGINT        REFERENCES person (id),
    -- where the requester is told of the decision
    requested_chat_id  BIGINT        REFERENCES chat (id),
    -- the last day asked for (yyyy-MM-dd)
    requested_day      VARCHAR(10)   NOT NULL,
    requested_at       BIGINT        NOT NULL,
    -- PENDING, APPROVED, DECLINED, COUNTERED (another day proposed, waiting for the unit), SUPERSEDED
    state              VARCHAR(12)   NOT NULL,
    decided_by         BIGINT        REFERENCES person (id),
    decided_at         BIGINT,
    reason             VARCHAR(1000),
    counter_day        VARCHAR(10)
);
CREATE INDEX postpone_request_state ON postpone_request (state, unit_id);
CREATE INDEX postpone_request_occurrence ON postpone_request (occurrence_id);

-- The kinds of supervisor notices a person chose not to receive in private (no row: receives them).
CREATE TABLE alert_opt_out (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    kind      VARCHAR(16) NOT NULL,
    PRIMARY KEY (person_id, kind)
);

-- A supervisor notice no chat and no person could receive: counted and listable, summarised once
-- a day to the top admins.
CREATE TABLE undelivered_notice (
    id             ${id},
    unit_id        BIGINT        NOT NULL REFERENCES unit (id),
    kind           VARCHAR(16)   NOT NULL,
    summary        VARCHAR(1000) NOT NULL,
    dedup_key      VARCHAR(200)  NOT NULL UNIQUE,
    created_at     BIGINT        NOT NULL,
    summarized_at  BIGINT
);
CREATE INDEX undelivered_notice_created ON undelivered_notice (created_at);

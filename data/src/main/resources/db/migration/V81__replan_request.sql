-- Re-plans asked for by changes to the tree or the catalogue, done by a queued job after the admin
-- has had the answer. unit_path: the subtree to re-plan; obligation_id: the obligation to re-plan;
-- both null: everything. look_back = 1: a unit or obligation was added, so a (unit, obligation)
-- with no occurrence yet also gets the latest period already due within the look-back.
CREATE TABLE replan_request (
    id            ${id},
    unit_path     VARCHAR(1000),
    obligation_id BIGINT        REFERENCES obligation (id),
    look_back     INTEGER       NOT NULL DEFAULT 0,
    reason        VARCHAR(64)   NOT NULL,
    requested_at  BIGINT        NOT NULL,
    requested_by  BIGINT,
    done_at       BIGINT,
    created       INTEGER,
    closed        INTEGER
);
CREATE INDEX replan_request_pending ON replan_request (done_at, id);

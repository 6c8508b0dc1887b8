-- The 2025 reform (and any later one run with /sapnhap) moves units without changing which plans
-- bind them: a plan binds the units that were in its issuer's subtree on the day it was issued.
-- Each row keeps the materialised path a unit had until the first day it no longer held (a local
-- date, yyyy-MM-dd). A unit's path on a day is the earliest row ending after that day, else its
-- current path. Ordinary moves (/chuyendv, imports) write no row: they correct the tree, so plans
-- follow the unit. Portable SQL (SQLite, PostgreSQL).

CREATE TABLE unit_former_path (
    id          ${id},
    unit_id     BIGINT        NOT NULL REFERENCES unit (id),
    path        VARCHAR(1000) NOT NULL,
    valid_until VARCHAR(10)   NOT NULL,
    recorded_at BIGINT        NOT NULL
);
CREATE INDEX unit_former_path_unit ON unit_former_path (unit_id, valid_until);

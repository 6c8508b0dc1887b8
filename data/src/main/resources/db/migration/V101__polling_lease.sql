-- One instance at a time receives a messenger's updates by long polling (two pollers of one token
-- conflict on every messenger): the instance holding the row's lease polls, renewing it; another takes
-- the lease over once it has expired. Portable SQL (SQLite, PostgreSQL).

CREATE TABLE polling_lease (
    -- the channel and a digest of its token (never the token itself)
    name       VARCHAR(100) PRIMARY KEY,
    holder     VARCHAR(100) NOT NULL,
    expires_at BIGINT       NOT NULL
);

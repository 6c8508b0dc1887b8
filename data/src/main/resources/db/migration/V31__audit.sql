-- Append-only record of every admin and staff action, and of every refusal.
CREATE TABLE audit_entry (
    id          ${id},
    at          BIGINT        NOT NULL,
    actor_id    BIGINT        REFERENCES person (id),
    unit_id     BIGINT        REFERENCES unit (id),
    action      VARCHAR(64)   NOT NULL,
    outcome     VARCHAR(16)   NOT NULL,
    before_text TEXT,
    after_text  TEXT,
    detail      VARCHAR(1000)
);
CREATE INDEX audit_entry_unit ON audit_entry (unit_id, at);
CREATE INDEX audit_entry_at ON audit_entry (at);

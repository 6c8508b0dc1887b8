-- Invitations to a unit and a role. Only a hash of the code is stored; a code works once and
-- expires. Failed attempts are kept to slow down guessing.
CREATE TABLE invite (
    id            ${id},
    code_hash     VARCHAR(64)  NOT NULL UNIQUE,
    unit_id       BIGINT       NOT NULL REFERENCES unit (id),
    role          VARCHAR(16)  NOT NULL,
    created_by    BIGINT       REFERENCES person (id),
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL,
    used_at       BIGINT,
    used_by       BIGINT       REFERENCES person (id),
    used_chat_id  BIGINT       REFERENCES chat (id)
);
CREATE INDEX invite_unit ON invite (unit_id, created_at);

CREATE TABLE invite_failure (
    subject       VARCHAR(100) NOT NULL,
    failed_at     BIGINT       NOT NULL
);
CREATE INDEX invite_failure_subject ON invite_failure (subject, failed_at);

-- Photos people send as evidence of an answer ("đã họp" with a picture of the meeting), kept in the
-- data directory, and the status updates they prove. Portable SQL (SQLite, PostgreSQL).

CREATE TABLE evidence_file (
    id          ${id},
    chat_id     BIGINT        NOT NULL REFERENCES chat (id),
    person_id   BIGINT        NOT NULL REFERENCES person (id),
    -- relative to <data-dir>/evidence
    path        VARCHAR(500)  NOT NULL,
    media_type  VARCHAR(100),
    size_bytes  BIGINT        NOT NULL,
    received_at BIGINT        NOT NULL
);
-- a received photo waits for the sender's next answer in that chat
CREATE INDEX evidence_file_sender ON evidence_file (chat_id, person_id, received_at);

CREATE TABLE status_evidence (
    status_update_id BIGINT NOT NULL REFERENCES status_update (id),
    evidence_id      BIGINT NOT NULL REFERENCES evidence_file (id),
    PRIMARY KEY (status_update_id, evidence_id)
);
CREATE INDEX status_evidence_file ON status_evidence (evidence_id);

-- Read models of evidence; disposable, rebuilt from the event store.
CREATE TABLE evidence_view (
    evidence_id   TEXT PRIMARY KEY,
    plan_id       TEXT        NOT NULL,
    department    TEXT        NOT NULL,
    content_type  TEXT        NOT NULL,
    photo         BOOLEAN     NOT NULL,
    size          BIGINT      NOT NULL,
    sha256        TEXT        NOT NULL,
    bucket        TEXT        NOT NULL,
    object_key    TEXT        NOT NULL,
    original_name TEXT        NOT NULL,
    captured_at   TIMESTAMPTZ,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    duplicate_of  JSONB       NOT NULL DEFAULT '[]',
    uploaded_at   TIMESTAMPTZ NOT NULL,
    uploaded_by   TEXT,
    archived_on   DATE,
    withdrawn     BOOLEAN     NOT NULL DEFAULT FALSE,
    version       BIGINT      NOT NULL
);
CREATE INDEX evidence_by_department ON evidence_view (department, plan_id);
CREATE INDEX evidence_by_hash ON evidence_view (department, sha256);

CREATE TABLE evidence_link_view (
    evidence_id    TEXT    NOT NULL REFERENCES evidence_view ON DELETE CASCADE,
    target_type    TEXT    NOT NULL,
    target_id      TEXT    NOT NULL,
    period         TEXT    NOT NULL,
    outside_period BOOLEAN NOT NULL,
    PRIMARY KEY (evidence_id, target_type, target_id)
);
CREATE INDEX evidence_link_by_target ON evidence_link_view (target_type, target_id);

-- One row per target, as a CRUD app keeps it: the current value and who changed it last, nothing of before.
CREATE TABLE crud_target (
    id         TEXT PRIMARY KEY,
    value      NUMERIC(16, 4) NOT NULL,
    unit       TEXT           NOT NULL,
    reason     TEXT,
    updated_by TEXT,
    updated_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version    BIGINT         NOT NULL DEFAULT 0
);

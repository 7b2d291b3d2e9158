-- Read model of the 督办单: one row per chase, its replies by round, and every step with who/when/why.
-- Disposable, rebuilt from the event store.
CREATE TABLE chase_view (
    chase_id       TEXT PRIMARY KEY,
    plan_id        TEXT   NOT NULL,
    department     TEXT   NOT NULL,
    subject_kind   TEXT   NOT NULL,
    subject_id     TEXT,
    subject_label  TEXT   NOT NULL,
    title          TEXT   NOT NULL,
    message        TEXT   NOT NULL,
    reply_by       DATE   NOT NULL,
    status         TEXT   NOT NULL,
    round          INT    NOT NULL DEFAULT 0,
    opened_on      DATE   NOT NULL,
    opened_by      TEXT,
    opened_by_name TEXT,
    version        BIGINT NOT NULL
);
CREATE INDEX chase_by_department ON chase_view (plan_id, department, status);
CREATE INDEX chase_by_status ON chase_view (status, reply_by);

CREATE TABLE chase_reply (
    chase_id   TEXT  NOT NULL REFERENCES chase_view ON DELETE CASCADE,
    round      INT   NOT NULL,
    progress   TEXT  NOT NULL,
    evidence   JSONB NOT NULL,
    replied_on DATE  NOT NULL,
    days_late  INT   NOT NULL,
    by_id      TEXT,
    by_name    TEXT,
    PRIMARY KEY (chase_id, round)
);

CREATE TABLE chase_step (
    chase_id TEXT        NOT NULL REFERENCES chase_view ON DELETE CASCADE,
    sequence BIGINT      NOT NULL,
    type     TEXT        NOT NULL,
    at       TIMESTAMPTZ NOT NULL,
    by_id    TEXT,
    by_name  TEXT,
    reason   TEXT,
    PRIMARY KEY (chase_id, sequence)
);

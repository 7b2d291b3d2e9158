-- Read model of the plans' reminder policies: every adopted version with who/when/why, and the one in force.
-- Disposable, rebuilt from the event store. A plan without a row follows the default (version 0).
CREATE TABLE reminder_policy_version (
    plan_id         TEXT        NOT NULL,
    version         INT         NOT NULL,
    days_before     JSONB       NOT NULL,
    on_due_day      BOOLEAN     NOT NULL,
    escalation      JSONB       NOT NULL,
    quiet_from      TEXT        NOT NULL,
    quiet_until     TEXT        NOT NULL,
    channels        JSONB       NOT NULL,
    adopted_at      TIMESTAMPTZ NOT NULL,
    adopted_by      TEXT,
    adopted_by_name TEXT,
    reason          TEXT,
    PRIMARY KEY (plan_id, version)
);

CREATE TABLE reminder_policy_current (
    plan_id TEXT PRIMARY KEY,
    version INT  NOT NULL,
    FOREIGN KEY (plan_id, version) REFERENCES reminder_policy_version
);

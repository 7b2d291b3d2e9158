-- Read models of the ledger's own aggregates; disposable, rebuilt from the event store.
CREATE TABLE ledger_task_view (
    task_id             TEXT PRIMARY KEY,
    plan_id             TEXT    NOT NULL,
    indicator_id        TEXT    NOT NULL,
    department          TEXT    NOT NULL,
    carried_as          TEXT    NOT NULL,
    title               TEXT    NOT NULL,
    defines             JSONB   NOT NULL,
    submitted           BOOLEAN NOT NULL DEFAULT FALSE,
    extension_id        TEXT,
    extension_deadline  DATE,
    version             BIGINT  NOT NULL
);
CREATE INDEX ledger_task_by_department ON ledger_task_view (plan_id, department);
CREATE INDEX ledger_task_by_indicator ON ledger_task_view (indicator_id);

CREATE TABLE task_co_signature (
    task_id      TEXT        NOT NULL REFERENCES ledger_task_view ON DELETE CASCADE,
    quarter      TEXT        NOT NULL,
    department   TEXT        NOT NULL,
    contribution TEXT        NOT NULL,
    confirmed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (task_id, quarter, department)
);

CREATE TABLE monthly_check_view (
    check_id     TEXT PRIMARY KEY,
    plan_id      TEXT   NOT NULL,
    department   TEXT   NOT NULL,
    month        TEXT   NOT NULL,
    due_on       DATE   NOT NULL,
    summary      TEXT,
    submitted_on DATE,
    days_late    INT,
    version      BIGINT NOT NULL
);
CREATE INDEX monthly_check_by_department ON monthly_check_view (plan_id, department, month);

CREATE TABLE task_progress_view (
    check_id     TEXT        NOT NULL REFERENCES monthly_check_view ON DELETE CASCADE,
    task_id      TEXT        NOT NULL,
    month        TEXT        NOT NULL,
    actual_value NUMERIC,
    unit         TEXT,
    status       TEXT        NOT NULL,
    note         TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (check_id, task_id)
);
CREATE INDEX task_progress_by_task ON task_progress_view (task_id, month);

CREATE TABLE gap_view (
    gap_id      TEXT PRIMARY KEY,
    check_id    TEXT NOT NULL REFERENCES monthly_check_view ON DELETE CASCADE,
    plan_id     TEXT NOT NULL,
    department  TEXT NOT NULL,
    month       TEXT NOT NULL,
    task_id     TEXT,
    description TEXT NOT NULL,
    owner       TEXT NOT NULL,
    fix_by      DATE NOT NULL,
    closed_on   DATE,
    resolution  TEXT
);
CREATE INDEX gap_by_department ON gap_view (plan_id, department);

CREATE TABLE quarterly_report_view (
    report_id          TEXT PRIMARY KEY,
    plan_id            TEXT   NOT NULL,
    department         TEXT   NOT NULL,
    quarter            TEXT   NOT NULL,
    due_on             DATE   NOT NULL,
    status             TEXT   NOT NULL,
    round              INT    NOT NULL DEFAULT 0,
    narrative          TEXT,
    evidence           JSONB  NOT NULL DEFAULT '[]',
    progress           JSONB  NOT NULL DEFAULT '[]',
    submitted_on       DATE,
    days_late          INT,
    accepted_on        DATE,
    correction_id      TEXT,
    version            BIGINT NOT NULL
);
CREATE INDEX quarterly_report_by_quarter ON quarterly_report_view (plan_id, quarter);

CREATE TABLE report_round_view (
    report_id    TEXT NOT NULL REFERENCES quarterly_report_view ON DELETE CASCADE,
    round        INT  NOT NULL,
    submitted_on DATE NOT NULL,
    days_late    INT  NOT NULL,
    outcome      TEXT,
    reason       TEXT,
    decided_by   TEXT,
    decided_at   TIMESTAMPTZ,
    PRIMARY KEY (report_id, round)
);

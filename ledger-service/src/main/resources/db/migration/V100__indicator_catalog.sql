-- The ledger's copy of plans, departments and indicators, kept from the indicator context's Kafka events.
CREATE TABLE catalog_plan (
    plan_id TEXT PRIMARY KEY,
    year    INT  NOT NULL
);

CREATE TABLE catalog_department (
    plan_id    TEXT NOT NULL,
    department TEXT NOT NULL,
    position   INT  NOT NULL,
    PRIMARY KEY (plan_id, department)
);

CREATE TABLE catalog_indicator (
    indicator_id TEXT PRIMARY KEY,
    plan_id      TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    withdrawn    BOOLEAN NOT NULL DEFAULT FALSE,
    -- 各处室配合: every department of the plan cooperates, without being named
    all_departments_cooperate BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE catalog_indicator_department (
    indicator_id TEXT NOT NULL REFERENCES catalog_indicator ON DELETE CASCADE,
    department   TEXT NOT NULL,
    role         TEXT NOT NULL,
    PRIMARY KEY (indicator_id, department)
);
CREATE INDEX catalog_indicator_department_by_department ON catalog_indicator_department (department);

CREATE TABLE catalog_indicator_leader (
    indicator_id TEXT NOT NULL REFERENCES catalog_indicator ON DELETE CASCADE,
    leader       TEXT NOT NULL,
    PRIMARY KEY (indicator_id, leader)
);
CREATE INDEX catalog_indicator_leader_by_leader ON catalog_indicator_leader (leader);

CREATE TABLE catalog_indicator_target (
    indicator_id TEXT    NOT NULL REFERENCES catalog_indicator ON DELETE CASCADE,
    target_key   TEXT    NOT NULL,
    value        NUMERIC NOT NULL,
    unit         TEXT    NOT NULL,
    subject      TEXT,
    PRIMARY KEY (indicator_id, target_key)
);

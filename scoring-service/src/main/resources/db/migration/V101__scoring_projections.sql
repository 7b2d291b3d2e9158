-- Department scorecards per plan and period (the year "2020" and its quarters "2020-Q1" …), as of evaluated_on,
-- under rules_version: the columns rankings read, and the whole card with its drill-down.
CREATE TABLE scorecard (
    plan_id       VARCHAR(64)   NOT NULL,
    period        VARCHAR(7)    NOT NULL,
    department    VARCHAR(200)  NOT NULL,
    evaluated_on  DATE          NOT NULL,
    rules_version INTEGER       NOT NULL,
    completion    NUMERIC(7, 2),
    timeliness    NUMERIC(7, 2),
    materials     NUMERIC(7, 2),
    supervision   NUMERIC(7, 2),
    base          NUMERIC(7, 2) NOT NULL,
    bonus         NUMERIC(7, 2) NOT NULL,
    deductions    NUMERIC(7, 2) NOT NULL,
    total         NUMERIC(7, 2) NOT NULL,
    vetoed        BOOLEAN       NOT NULL,
    warning       VARCHAR(8)    NOT NULL,
    alerts        INTEGER       NOT NULL,
    card          JSONB         NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (plan_id, period, department)
);

-- Each indicator's progress: its tasks against target and plan, rolled up; leaders for a leader's dashboard.
CREATE TABLE indicator_progress (
    plan_id         VARCHAR(64)  NOT NULL,
    indicator_id    VARCHAR(64)  NOT NULL,
    evaluated_on    DATE         NOT NULL,
    leaders         TEXT[]       NOT NULL,
    percent_of_plan NUMERIC(9, 2),
    warning         VARCHAR(8)   NOT NULL,
    progress        JSONB        NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (plan_id, indicator_id)
);

-- Rebuilds of every projection from consumed_event: progress while one runs, the verification when it ends.
CREATE TABLE rebuild_run (
    id            VARCHAR(64)  PRIMARY KEY,
    started_by    VARCHAR(128) NOT NULL,
    started_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    state         VARCHAR(16)  NOT NULL,
    events_total  BIGINT       NOT NULL,
    events_done   BIGINT       NOT NULL,
    scorecards    INTEGER,
    differences   INTEGER,
    report        JSONB,
    failure       TEXT
);
-- At most one rebuild runs at a time, whatever the number of instances.
CREATE UNIQUE INDEX rebuild_run_one_running ON rebuild_run ((state)) WHERE state = 'RUNNING';

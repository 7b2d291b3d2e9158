-- What a leader may read: the indicators each leader of a plan answers for, the account (token subject) the plan
-- links to each leader, the departments an indicator names and the indicator of each ledger task. Kept from the
-- indicator and ledger contexts' events by consumer groups of their own, so that added to a running system they
-- read both topics from their start.
CREATE TABLE leader_account (
    plan_id TEXT NOT NULL,
    leader  TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (plan_id, leader)
);
CREATE INDEX leader_account_by_user ON leader_account (user_id);

CREATE TABLE leader_indicator (
    indicator_id TEXT PRIMARY KEY,
    plan_id      TEXT NOT NULL
);

CREATE TABLE leader_indicator_leader (
    indicator_id TEXT NOT NULL REFERENCES leader_indicator ON DELETE CASCADE,
    leader       TEXT NOT NULL,
    PRIMARY KEY (indicator_id, leader)
);

-- lead and cooperating departments alike: a leader follows the reports of every department their indicator names
CREATE TABLE leader_indicator_department (
    indicator_id TEXT NOT NULL REFERENCES leader_indicator ON DELETE CASCADE,
    department   TEXT NOT NULL,
    PRIMARY KEY (indicator_id, department)
);
CREATE INDEX leader_indicator_department_by_department ON leader_indicator_department (department);

CREATE TABLE leader_task (
    task_id      TEXT PRIMARY KEY,
    indicator_id TEXT NOT NULL
);

CREATE TABLE leader_report (
    report_id  TEXT PRIMARY KEY,
    plan_id    TEXT NOT NULL,
    department TEXT NOT NULL
);

-- One calendar of who owes what by when, derived from every context's events. The key is stable across
-- redeliveries, replays and rebuilds (MONTHLY_CHECK:<planId>:<department>:2020-08 …): reminders are sent by it.
CREATE TABLE obligation (
    obligation_key VARCHAR(300) PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    plan_id        VARCHAR(100) NOT NULL,
    department     VARCHAR(200) NOT NULL,
    -- the item in its own context (checkId, reportId, taskId, gapId, chaseId …); null before it exists
    subject_id     VARCHAR(100),
    -- the id the web app's route takes (a gap's check, a review's report …)
    route_id       VARCHAR(100),
    label          VARCHAR(500) NOT NULL,
    -- the due date first set, and the one in force (moved by an extension, a return, a new reply-by date)
    scheduled_on   DATE         NOT NULL,
    due_on         DATE         NOT NULL,
    -- counts moves of the due date while open: reminders of a moved date are new reminders
    due_version    INT          NOT NULL DEFAULT 1,
    owner          VARCHAR(20)  NOT NULL,
    done           BOOLEAN      NOT NULL DEFAULT FALSE,
    done_on        DATE
);
-- the sweep's query: open obligations with due dates in its window
CREATE INDEX obligation_open_due ON obligation (due_on) WHERE NOT done;
CREATE INDEX obligation_by_plan_department ON obligation (plan_id, department, due_on);
CREATE INDEX obligation_subject ON obligation (subject_id);

-- what the calendar needs of the plans: their year, issue date and liaison due date
CREATE TABLE obligation_plan (
    plan_id        VARCHAR(100) PRIMARY KEY,
    year           INT  NOT NULL,
    issued_on      DATE,
    liaison_due_on DATE
);

CREATE TABLE obligation_plan_department (
    plan_id    VARCHAR(100) NOT NULL,
    department VARCHAR(200) NOT NULL,
    PRIMARY KEY (plan_id, department)
);

-- ledger records (tasks, checks, reports) by id: later events name only the id
CREATE TABLE obligation_ledger_record (
    record_id   VARCHAR(100) PRIMARY KEY,
    record_type VARCHAR(20)  NOT NULL,
    plan_id     VARCHAR(100) NOT NULL,
    department  VARCHAR(200) NOT NULL,
    label       VARCHAR(500)
);

-- how far a task's progress was reported: milestones up to that month are done; DONE ends the task
CREATE TABLE obligation_task_progress (
    task_id        VARCHAR(100) PRIMARY KEY,
    reported_month VARCHAR(7),
    reported_on    DATE,
    done_on        DATE
);

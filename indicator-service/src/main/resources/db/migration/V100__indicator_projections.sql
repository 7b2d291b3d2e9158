-- Read models of the indicator context. Disposable: every row follows from the event store.
CREATE TABLE plan_view (
    plan_id         VARCHAR(64) PRIMARY KEY,
    year            INTEGER     NOT NULL,
    title           TEXT,
    issuing_body    TEXT,
    document_number TEXT,
    issued_on       DATE,
    liaison_due_on  DATE
);

CREATE TABLE plan_department_view (
    plan_id    VARCHAR(64)  NOT NULL REFERENCES plan_view,
    department VARCHAR(100) NOT NULL,
    position   INTEGER      NOT NULL,
    PRIMARY KEY (plan_id, department)
);

CREATE TABLE plan_leader_view (
    plan_id  VARCHAR(64)  NOT NULL REFERENCES plan_view,
    leader   VARCHAR(100) NOT NULL,
    position INTEGER      NOT NULL,
    PRIMARY KEY (plan_id, leader)
);

CREATE TABLE liaison_view (
    plan_id       VARCHAR(64)  NOT NULL,
    department    VARCHAR(100) NOT NULL,
    liaison_name  VARCHAR(100) NOT NULL,
    phone         VARCHAR(40),
    designated_on DATE         NOT NULL,
    days_late     INTEGER      NOT NULL,
    PRIMARY KEY (plan_id, department),
    FOREIGN KEY (plan_id, department) REFERENCES plan_department_view
);

CREATE TABLE indicator_view (
    indicator_id              VARCHAR(64)  PRIMARY KEY,
    plan_id                   VARCHAR(64)  NOT NULL REFERENCES plan_view,
    kind                      VARCHAR(32)  NOT NULL,
    code                      VARCHAR(200) NOT NULL,
    category                  TEXT,
    text                      TEXT         NOT NULL,
    provincial                BOOLEAN      NOT NULL,
    all_departments_cooperate BOOLEAN      NOT NULL,
    city_lead_unit            TEXT,
    withdrawn                 BOOLEAN      NOT NULL DEFAULT FALSE,
    version                   BIGINT       NOT NULL,
    position                  BIGSERIAL,
    UNIQUE (plan_id, code)
);
CREATE INDEX indicator_view_plan_kind ON indicator_view (plan_id, kind);

CREATE TABLE indicator_target_view (
    indicator_id VARCHAR(64) NOT NULL REFERENCES indicator_view ON DELETE CASCADE,
    target_key   VARCHAR(20) NOT NULL,
    value        NUMERIC     NOT NULL,
    unit         VARCHAR(20) NOT NULL,
    subject      TEXT,
    PRIMARY KEY (indicator_id, target_key)
);

-- role: LEAD (牵头) or COOPERATING (配合)
CREATE TABLE indicator_department_view (
    indicator_id VARCHAR(64)  NOT NULL REFERENCES indicator_view ON DELETE CASCADE,
    department   VARCHAR(100) NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    position     INTEGER      NOT NULL,
    PRIMARY KEY (indicator_id, department, role)
);
CREATE INDEX indicator_department_view_department ON indicator_department_view (department);

CREATE TABLE indicator_leader_view (
    indicator_id VARCHAR(64)  NOT NULL REFERENCES indicator_view ON DELETE CASCADE,
    leader       VARCHAR(100) NOT NULL,
    position     INTEGER      NOT NULL,
    PRIMARY KEY (indicator_id, leader)
);
CREATE INDEX indicator_leader_view_leader ON indicator_leader_view (leader);

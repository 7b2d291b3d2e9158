-- Who is who, from the identity context's accounts and the indicator context's plans, indicators and leaders.
CREATE TABLE directory_account (
    account_id VARCHAR(100) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    department VARCHAR(200),
    phone      VARCHAR(50),
    roles      TEXT[]       NOT NULL,
    enabled    BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX directory_account_department ON directory_account (department);

-- departments registered in a plan (DepartmentRegistered)
CREATE TABLE directory_plan_department (
    plan_id    VARCHAR(100) NOT NULL,
    department VARCHAR(200) NOT NULL,
    PRIMARY KEY (plan_id, department)
);

CREATE TABLE directory_indicator (
    indicator_id VARCHAR(100) PRIMARY KEY,
    plan_id      VARCHAR(100) NOT NULL,
    withdrawn    BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX directory_indicator_plan ON directory_indicator (plan_id);

-- lead and cooperating departments of an indicator
CREATE TABLE directory_indicator_department (
    indicator_id VARCHAR(100) NOT NULL,
    department   VARCHAR(200) NOT NULL,
    PRIMARY KEY (indicator_id, department)
);
CREATE INDEX directory_indicator_department_department ON directory_indicator_department (department);

CREATE TABLE directory_indicator_leader (
    indicator_id VARCHAR(100) NOT NULL,
    leader       VARCHAR(200) NOT NULL,
    PRIMARY KEY (indicator_id, leader)
);

-- the account a plan's leader signs in with (LeaderAccountLinked); null when unlinked
CREATE TABLE directory_plan_leader (
    plan_id VARCHAR(100) NOT NULL,
    leader  VARCHAR(200) NOT NULL,
    user_id VARCHAR(100),
    PRIMARY KEY (plan_id, leader)
);
CREATE INDEX directory_plan_leader_user ON directory_plan_leader (user_id);

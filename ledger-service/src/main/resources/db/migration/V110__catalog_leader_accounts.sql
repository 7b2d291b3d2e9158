-- The account (token subject) each leader of a plan signs in with, as the indicator context links them: a leader
-- reads an indicator's work only through this row, never by the name on the indicator.
CREATE TABLE catalog_plan_leader (
    plan_id TEXT NOT NULL,
    leader  TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (plan_id, leader)
);
CREATE INDEX catalog_plan_leader_by_user ON catalog_plan_leader (user_id);

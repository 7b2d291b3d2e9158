-- The account (token subject) each leader signs in with; null until the office links one.
ALTER TABLE plan_leader_view ADD COLUMN user_id VARCHAR(128);

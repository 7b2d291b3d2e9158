-- Plans and ledger records as the indicator and ledger contexts announced them; rebuilt by replaying their topics.
CREATE TABLE catalog_plan (
    plan_id TEXT PRIMARY KEY
);

CREATE TABLE catalog_ledger_record (
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    plan_id     TEXT NOT NULL,
    department  TEXT NOT NULL,
    PRIMARY KEY (target_type, target_id)
);

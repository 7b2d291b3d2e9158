-- Evidence the ledger may refer to, kept from the evidence context's Kafka events.
CREATE TABLE catalog_evidence (
    evidence_id TEXT PRIMARY KEY,
    plan_id     TEXT    NOT NULL,
    department  TEXT    NOT NULL,
    withdrawn   BOOLEAN NOT NULL DEFAULT FALSE
);

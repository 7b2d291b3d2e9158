-- The office's review of a task's submitted six defines (PENDING, APPROVED, RETURNED; NULL while a draft).
ALTER TABLE ledger_task_view
    ADD COLUMN review        TEXT,
    ADD COLUMN review_reason TEXT,
    ADD COLUMN reviewed_by   TEXT,
    ADD COLUMN reviewed_at   TIMESTAMPTZ;
CREATE INDEX ledger_task_by_review ON ledger_task_view (plan_id, review);

-- The reminder outbox: one row per (obligation, step, recipient, channel), the key a reminder is sent by, once.
-- Recording is INSERT … ON CONFLICT DO NOTHING, so a second sweep, a restart, a replay or a rebuild adds nothing.
CREATE TABLE reminder_delivery (
    delivery_id     BIGSERIAL PRIMARY KEY,
    obligation_key  TEXT        NOT NULL,
    step            TEXT        NOT NULL,
    recipient_id    TEXT        NOT NULL,
    channel         TEXT        NOT NULL,
    recipient_name  TEXT,
    audience        TEXT,
    plan_id         TEXT,
    department      TEXT,
    title           TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    link            TEXT,
    due_on          DATE,
    due_at          TIMESTAMPTZ NOT NULL,
    -- PENDING, HELD (quiet hours, rate), SENDING, SENT, RETRYING, FAILED, SKIPPED, UNCERTAIN
    status          TEXT        NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    -- the business clock's instant of the last hand-over to the channel (the rate window counts these)
    attempted_at    TIMESTAMPTZ,
    -- the database's real time of the claim: a SENDING row claimed long ago belongs to a process that died
    claimed_at      TIMESTAMPTZ,
    accepted_at     TIMESTAMPTZ,
    last_error      TEXT,
    last_error_at   TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT reminder_delivery_once UNIQUE (obligation_key, step, recipient_id, channel)
);

CREATE INDEX reminder_delivery_due ON reminder_delivery (next_attempt_at)
    WHERE status IN ('PENDING', 'HELD', 'RETRYING');
CREATE INDEX reminder_delivery_in_flight ON reminder_delivery (claimed_at) WHERE status = 'SENDING';
CREATE INDEX reminder_delivery_rate ON reminder_delivery (recipient_id, attempted_at) WHERE channel <> 'INBOX';
CREATE INDEX reminder_delivery_listed ON reminder_delivery (status, channel, delivery_id DESC);

-- Each person's in-app inbox: an item per reminder recorded for the INBOX channel, written with the outbox row.
CREATE TABLE inbox_item (
    item_id      TEXT PRIMARY KEY,
    recipient_id TEXT        NOT NULL,
    delivery_id  BIGINT      NOT NULL UNIQUE REFERENCES reminder_delivery (delivery_id),
    kind         TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    link         TEXT,
    plan_id      TEXT,
    department   TEXT,
    due_on       DATE,
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ
);

CREATE INDEX inbox_item_newest ON inbox_item (recipient_id, created_at DESC, item_id DESC);
CREATE INDEX inbox_item_unread ON inbox_item (recipient_id) WHERE read_at IS NULL;

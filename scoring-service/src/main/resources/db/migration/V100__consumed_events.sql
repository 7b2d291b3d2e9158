-- Every event the scoring context consumed (all four contexts' topics, its own included), in the order it was
-- applied: the history every projection here is rebuilt from, and the idempotency record (one row per event id).
CREATE TABLE consumed_event (
    position     BIGSERIAL    PRIMARY KEY,
    event_id     VARCHAR(64)  NOT NULL UNIQUE,
    type         VARCHAR(200) NOT NULL,
    aggregate_id VARCHAR(200) NOT NULL,
    sequence     BIGINT       NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    -- the plan the event belongs to, once the fold knew it: a view as of a past date reads one plan's events
    plan_id      VARCHAR(64),
    applied_at   TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    envelope     TEXT         NOT NULL
);
CREATE INDEX consumed_event_plan ON consumed_event (plan_id, position);
CREATE INDEX consumed_event_aggregate ON consumed_event (aggregate_id, sequence);

-- Tamper evidence: a hash chain over the event store in global order. Each link's hash covers the event's row
-- (identity, aggregate, sequence, type, time, payload, metadata) and the previous link's hash; checkpoints record
-- the head of the chain as it grows, to be compared with copies kept elsewhere (logs, exports).
CREATE TABLE event_chain (
    global_index     BIGINT       NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL,
    hash             BYTEA        NOT NULL
);

CREATE TABLE event_chain_checkpoint (
    checkpoint_id BIGSERIAL   NOT NULL PRIMARY KEY,
    global_index  BIGINT      NOT NULL,
    hash          BYTEA       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

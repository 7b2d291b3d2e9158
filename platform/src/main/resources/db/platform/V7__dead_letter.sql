-- Records a Kafka consumer could not apply after its retries (a poison record: malformed, not binding, a handler
-- bug): kept with the failure until an operator replays them, so a projection that is behind says so.
CREATE TABLE dead_letter (
    id               BIGSERIAL    PRIMARY KEY,
    consumer         VARCHAR(128) NOT NULL,
    topic            VARCHAR(255) NOT NULL,
    kafka_partition  INTEGER      NOT NULL,
    kafka_offset     BIGINT       NOT NULL,
    record_key       TEXT,
    event_id         VARCHAR(64),
    event_type       VARCHAR(255),
    failure          TEXT         NOT NULL,
    record_json      TEXT         NOT NULL,
    dead_lettered_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    resolved_at      TIMESTAMPTZ,
    -- a record redelivered after a crash before its offset was committed is one letter, not two
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);

CREATE INDEX dead_letter_unresolved ON dead_letter (consumer, id) WHERE resolved_at IS NULL;

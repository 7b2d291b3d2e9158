-- Responses remembered per (actor, Idempotency-Key) so a repeated POST returns the first answer.
CREATE TABLE idempotency_record (
    actor_id        VARCHAR(128) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    fingerprint     VARCHAR(128) NOT NULL,
    completed       BOOLEAN      NOT NULL DEFAULT FALSE,
    response_status INTEGER,
    content_type    VARCHAR(255),
    response_body   BYTEA,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor_id, idempotency_key)
);

-- Events consumed from Kafka, by consumer and event id: a redelivered event is recognised and skipped.
CREATE TABLE processed_event (
    consumer     VARCHAR(128) NOT NULL,
    event_id     VARCHAR(64)  NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

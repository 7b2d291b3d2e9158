-- The one key that signs this database's chain: the first instance to start claims it, and an instance holding
-- another key refuses to start (ChainSignerClaim) instead of signing checkpoints nobody else can verify.
CREATE TABLE event_chain_signer (
    singleton  BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    key_id     VARCHAR(32) NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL
);

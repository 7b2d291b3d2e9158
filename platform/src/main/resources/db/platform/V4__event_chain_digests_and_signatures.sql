-- The chain now links each event's digest (SHA-256 of its row) instead of the row itself, so that a proof can stand
-- in for the events between two checkpoints by their digests alone; checkpoints are signed with the service's key.
-- Links made the old way cannot be checked the new way: they are dropped here and the chainer rebuilds the chain
-- from the store within minutes (no release has shipped with the old links).
TRUNCATE event_chain, event_chain_checkpoint;
ALTER TABLE event_chain ADD COLUMN digest BYTEA NOT NULL;
ALTER TABLE event_chain_checkpoint
    ADD COLUMN key_id    VARCHAR(32) NOT NULL,
    ADD COLUMN signature BYTEA       NOT NULL;
-- a proof looks up the checkpoints on either side of each of its events
CREATE INDEX event_chain_checkpoint_global_index ON event_chain_checkpoint (global_index);
-- when a checkpoint was published to Kafka (CheckpointLog): the copy kept outside the database
ALTER TABLE event_chain_checkpoint ADD COLUMN published_at TIMESTAMPTZ;

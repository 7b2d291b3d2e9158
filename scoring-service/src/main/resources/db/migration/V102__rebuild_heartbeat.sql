-- A running rebuild beats at every page it folds: a RUNNING row whose beat stopped belongs to an instance that
-- died mid-rebuild, and must not block every later rebuild.
ALTER TABLE rebuild_run ADD COLUMN heartbeat_at TIMESTAMPTZ;

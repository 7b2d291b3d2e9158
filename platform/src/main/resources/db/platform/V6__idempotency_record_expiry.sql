-- Idempotency records expire (kaohe.idempotency.retention); the purge finds the old ones by age.
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);

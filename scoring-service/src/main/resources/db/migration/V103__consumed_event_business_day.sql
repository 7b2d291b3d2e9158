-- The business day each consumed event happened on: what a view "as of a day" selects by. Events recorded under a
-- set kaohe.business-date carry it in their metadata (businessDate); every other event, and all of those consumed
-- before this column existed, happened on the date of occurred_at in Asia/Shanghai (DESIGN.md rule 8).
ALTER TABLE consumed_event ADD COLUMN business_day DATE;
UPDATE consumed_event
   SET business_day = COALESCE((envelope::jsonb -> 'metadata' ->> 'businessDate')::date,
                               (occurred_at AT TIME ZONE 'Asia/Shanghai')::date);
ALTER TABLE consumed_event ALTER COLUMN business_day SET NOT NULL;

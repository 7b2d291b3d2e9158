-- When a service merges consumer groups (one group per topic feeding several projections), its letters follow:
-- the replay finds a letter's listener by the group named in it. A record given up by two of the merged groups is
-- one letter afterwards: the earliest stands for it (its replay applies the record to every projection, each
-- projection's marks skipping what it applied), the others are resolved and say so.
CREATE FUNCTION merge_consumer_group(merged TEXT[], into_group TEXT) RETURNS VOID LANGUAGE SQL AS $$
    UPDATE dead_letter later SET resolved_at = coalesce(later.resolved_at, now()),
           failure = later.failure || ' — merged into consumer group ' || into_group || ', letter ' || earlier.id
      FROM dead_letter earlier
     WHERE later.consumer = ANY (merged) AND earlier.consumer = ANY (merged) AND earlier.id < later.id
       AND earlier.topic = later.topic AND earlier.kafka_partition = later.kafka_partition
       AND earlier.kafka_offset = later.kafka_offset;
    UPDATE dead_letter letter SET consumer = into_group
     WHERE letter.consumer = ANY (merged) AND NOT EXISTS (
           SELECT 1 FROM dead_letter earlier
            WHERE earlier.consumer = ANY (merged) AND earlier.id < letter.id AND earlier.topic = letter.topic
              AND earlier.kafka_partition = letter.kafka_partition AND earlier.kafka_offset = letter.kafka_offset);
$$;

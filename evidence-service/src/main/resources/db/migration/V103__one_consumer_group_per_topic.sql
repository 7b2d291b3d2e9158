-- The catalog's and the leaders' groups became one group per topic (feed.UpstreamEventsListener).
SELECT merge_consumer_group(ARRAY ['evidence-indicator-catalog', 'evidence-indicator-leaders'], 'evidence-indicator');
SELECT merge_consumer_group(ARRAY ['evidence-ledger-catalog', 'evidence-ledger-leaders'], 'evidence-ledger');

-- The directory's, the calendar's and the notices' groups became one group per topic (feed.ContextEventsListener).
SELECT merge_consumer_group(ARRAY ['supervision-directory-identity'], 'supervision-identity');
SELECT merge_consumer_group(ARRAY ['supervision-directory-indicator', 'supervision-obligations-indicator'],
                            'supervision-indicator');
SELECT merge_consumer_group(ARRAY ['supervision-obligations-ledger'], 'supervision-ledger');
SELECT merge_consumer_group(ARRAY ['supervision-obligations-chase', 'supervision-chase-notices'],
                            'supervision-supervision');

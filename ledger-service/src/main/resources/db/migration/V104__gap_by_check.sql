-- A check's gaps are read with every answer about the check: without this index each read scanned every gap.
CREATE INDEX gap_by_check ON gap_view (check_id, fix_by);

-- A scorecard's components are a list keyed by name (the rules name which count, with their labels and weights),
-- no longer four fixed columns: rankings read them from one jsonb array, in the rules' order, each
-- {name, label, weight, score, weighted} (score and weighted null while the component does not apply yet).
-- Existing rows keep their figures: the array is made from the card each row already holds.
ALTER TABLE scorecard ADD COLUMN components JSONB;
UPDATE scorecard s
   SET components = (
       SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                  'name', c.value ->> 'name',
                  'label', c.value ->> 'label',
                  'weight', (c.value ->> 'weight')::int,
                  'score', CASE WHEN (c.value ->> 'applicable')::boolean THEN c.value -> 'score' END,
                  'weighted', CASE WHEN (c.value ->> 'applicable')::boolean AND applying.weights > 0
                                   THEN to_jsonb(round((c.value ->> 'score')::numeric * (c.value ->> 'weight')::int
                                                       / applying.weights, 2)) END))
                  ORDER BY c.ordinality), '[]'::jsonb)
         FROM jsonb_array_elements(s.card -> 'components') WITH ORDINALITY c,
              LATERAL (SELECT coalesce(sum((a ->> 'weight')::int), 0) AS weights
                         FROM jsonb_array_elements(s.card -> 'components') a
                        WHERE (a ->> 'applicable')::boolean) applying);
ALTER TABLE scorecard ALTER COLUMN components SET NOT NULL;
ALTER TABLE scorecard DROP COLUMN completion, DROP COLUMN timeliness, DROP COLUMN materials,
    DROP COLUMN supervision;

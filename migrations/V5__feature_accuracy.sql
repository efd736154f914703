-- planmap schema v5: every feature states how certain its geometry is, in a structured form beside the
-- sentence (feature.accuracy, English):
--   accuracy_class      how the geometry was obtained (see below), the word the map draws by;
--   accuracy_m          the radius of the stated uncertainty, in metres (a ±1,500 m guess: 1500);
--   accuracy_source     the public sources it was drawn from, in Vietnamese (or as the editor wrote them);
--   accuracy_source_en  the same in English ('' when only one language was given);
--   accuracy_vi         the accuracy sentence in Vietnamese ('' when only the English one exists).
-- Classes, most to least certain:
--   surveyed     measured in the field (a survey, a cadastral measurement), typically ±0.05–5 m;
--   from_plan    taken from an approved plan or an official published map, typically ±1–50 m;
--   inferred     placed from a sourced relation (a named ward or boundary, a neighbouring landmark, an address);
--   schematic    placed from the programme's wording relative to reference points; the shape is illustrative;
--   not_located  no source places it: a symbolic marker, so that the task can be clicked.

ALTER TABLE feature
  ADD COLUMN accuracy_class text,
  ADD COLUMN accuracy_m numeric,
  ADD COLUMN accuracy_source text NOT NULL DEFAULT '',
  ADD COLUMN accuracy_source_en text NOT NULL DEFAULT '',
  ADD COLUMN accuracy_vi text NOT NULL DEFAULT '';

-- Existing rows: derived from the sentence's first words and the largest "±N m" it states (the loader then
-- rewrites them from geodata/ at start-up). A sentence without a figure is taken as not located, ±5 km.
UPDATE feature f
   SET accuracy_class = CASE
         WHEN f.accuracy ~* '^\s*surveyed' THEN 'surveyed'
         WHEN f.accuracy ~* '^\s*(official boundary|from plan|from_plan)' THEN 'from_plan'
         WHEN f.accuracy ~* '^\s*(inferred|traced|sourced centre)' THEN 'inferred'
         WHEN f.accuracy ~* '^\s*schematic' THEN 'schematic'
         ELSE 'not_located' END,
       accuracy_m = COALESCE((SELECT max(replace(m[1], ',', '')::numeric)
                                FROM regexp_matches(f.accuracy, '±\s*([0-9][0-9,]*)\s*m', 'g') AS m), 5000);

ALTER TABLE feature
  ALTER COLUMN accuracy_class SET NOT NULL,
  ALTER COLUMN accuracy_m SET NOT NULL,
  ADD CONSTRAINT feature_accuracy_class_check
      CHECK (accuracy_class IN ('surveyed', 'from_plan', 'inferred', 'schematic', 'not_located')),
  ADD CONSTRAINT feature_accuracy_m_check CHECK (accuracy_m > 0 AND accuracy_m <= 100000);

CREATE INDEX feature_accuracy_class_idx ON feature (accuracy_class);

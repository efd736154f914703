-- V9 (ogc): the flat attributes of a feature (its tasks' codes, lead agencies and next due date), one
-- definition for the items, the queryables and CQL2 filters; and the accent folding of CQL2 ACCENTI().

-- CQL2 ACCENTI(): the text in NFC without its diacritics (Vietnamese tones and vowel marks, the Latin-1
-- accents), đ → d; case is kept (CASEI is lower()). IMMUTABLE, so it can back an index.
CREATE FUNCTION cql2_accenti(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT translate(normalize(t, NFC),
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴäåçëîïñöûüÿÄÅÇËÎÏÑÖÛÜđĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYaaceiinouuyAACEIINOUUdD')
$$;

-- The codes of a feature's linked tasks in programme order, joined with '; ' ("IV.10; VI.1"); NULL when none.
CREATE FUNCTION feature_task_codes(feature_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT string_agg(t.code, '; ' ORDER BY t.sort_order)
    FROM feature_task ft JOIN task t ON t.code = ft.task_code
   WHERE ft.feature_id = feature_task_codes.feature_id
$$;

-- The lead agencies of a feature's linked tasks, each once, in programme order, joined with '; '; NULL when none.
CREATE FUNCTION feature_lead_agency(feature_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT string_agg(lead_text, '; ' ORDER BY first_order)
    FROM (SELECT t.lead_text, min(t.sort_order) AS first_order
            FROM feature_task ft JOIN task t ON t.code = ft.task_code
           WHERE ft.feature_id = feature_lead_agency.feature_id AND t.lead_text IS NOT NULL AND t.lead_text <> ''
           GROUP BY t.lead_text) AS leads
$$;

-- The earliest due date among a feature's linked tasks not yet submitted or done by the reports that count
-- (V8's task_state, as of as_of; NULL: now). It may be past (the task is overdue). NULL when no such task has a date.
CREATE FUNCTION feature_next_due(feature_id text, as_of timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT min(t.due_date)
    FROM feature_task ft JOIN task t ON t.code = ft.task_code
   WHERE ft.feature_id = feature_next_due.feature_id
     AND (task_state(t.code, t.due_date, current_date, as_of)).progress NOT IN ('submitted', 'done')
$$;

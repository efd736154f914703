SELECT EXISTS (SELECT 1 FROM layer l, jsonb_array_elements(l.kinds) k WHERE l.id = ? AND k->>'id' = ?)

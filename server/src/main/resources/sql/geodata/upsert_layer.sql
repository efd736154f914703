INSERT INTO layer (id, title_vi, title_en, description_vi, description_en, kinds, sort_order, group_id)
VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
ON CONFLICT (id) DO UPDATE
   SET title_vi = EXCLUDED.title_vi, title_en = EXCLUDED.title_en, description_vi = EXCLUDED.description_vi,
       description_en = EXCLUDED.description_en, kinds = EXCLUDED.kinds, sort_order = EXCLUDED.sort_order,
       group_id = EXCLUDED.group_id

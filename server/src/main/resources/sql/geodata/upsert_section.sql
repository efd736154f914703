INSERT INTO section (code, title_vi, title_en, sort_order)
VALUES (?, ?, ?, ?)
ON CONFLICT (code) DO UPDATE
   SET title_vi = EXCLUDED.title_vi, title_en = EXCLUDED.title_en, sort_order = EXCLUDED.sort_order

INSERT INTO agency (id, name_vi, short_vi, name_en, kind, aliases, search_text)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE
   SET name_vi = EXCLUDED.name_vi, short_vi = EXCLUDED.short_vi, name_en = EXCLUDED.name_en,
       kind = EXCLUDED.kind, aliases = EXCLUDED.aliases, search_text = EXCLUDED.search_text

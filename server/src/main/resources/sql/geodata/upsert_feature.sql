INSERT INTO feature (id, layer_id, name, name_en, kind, accuracy, source_text, properties, geom, search_text, sort_order)
VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ST_SetSRID(ST_GeomFromWKB(?), 4326), ?, ?)
ON CONFLICT (id) DO UPDATE
   SET layer_id = EXCLUDED.layer_id, name = EXCLUDED.name, name_en = EXCLUDED.name_en, kind = EXCLUDED.kind,
       accuracy = EXCLUDED.accuracy, source_text = EXCLUDED.source_text, properties = EXCLUDED.properties,
       geom = EXCLUDED.geom, search_text = EXCLUDED.search_text, sort_order = EXCLUDED.sort_order

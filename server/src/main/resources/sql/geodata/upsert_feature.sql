-- A place from geodata/, inserted or brought up to date with the files, unless someone has edited, created or
-- imported it in planmap (it has history): then their version stands (move_edited_feature still files it in the
-- layer the files name).
INSERT INTO feature (id, layer_id, name, name_en, kind, accuracy, accuracy_vi, accuracy_class, accuracy_m,
                     accuracy_source, accuracy_source_en, source_text, properties, geom, search_text, sort_order)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ST_SetSRID(ST_GeomFromWKB(?), 4326), ?, ?)
ON CONFLICT (id) DO UPDATE
   SET layer_id = EXCLUDED.layer_id, name = EXCLUDED.name, name_en = EXCLUDED.name_en, kind = EXCLUDED.kind,
       accuracy = EXCLUDED.accuracy, accuracy_vi = EXCLUDED.accuracy_vi, accuracy_class = EXCLUDED.accuracy_class,
       accuracy_m = EXCLUDED.accuracy_m, accuracy_source = EXCLUDED.accuracy_source,
       accuracy_source_en = EXCLUDED.accuracy_source_en, source_text = EXCLUDED.source_text,
       properties = EXCLUDED.properties, geom = EXCLUDED.geom, search_text = EXCLUDED.search_text,
       sort_order = EXCLUDED.sort_order
 WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = 'feature' AND h.entity_id = feature.id)

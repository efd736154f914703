-- A new place, last in its layer's order, with its stated accuracy (class, metres, sources and both sentences).
INSERT INTO feature (id, layer_id, name, name_en, kind, accuracy, accuracy_vi, accuracy_class, accuracy_m,
                     accuracy_source, accuracy_source_en, source_text, properties, geom, search_text, sort_order)
SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '{}'::jsonb, ST_SetSRID(ST_GeomFromWKB(?), 4326), ?,
       COALESCE((SELECT max(sort_order) + 1 FROM feature WHERE layer_id = ?), 0)

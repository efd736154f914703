-- A synthetic layer of n small square polygons (~20 m) spread uniformly over the region, each linked to
-- task VI.2 when it exists. Parameters: layer id (layer row), layer id (id prefix), layer id, n, layer id.
INSERT INTO layer (id, title_vi, title_en, kinds, sort_order)
VALUES (?, 'Lớp tổng hợp (benchmark)', 'Synthetic layer (benchmark)', '[{"id":"synthetic","label_vi":"Tổng hợp","label_en":"Synthetic"}]', 1000);

INSERT INTO feature (id, layer_id, name, name_en, kind, accuracy, accuracy_class, accuracy_m, source_text, properties,
                     geom, search_text, sort_order)
SELECT ? || '-' || i, ?, 'Đối tượng ' || i, 'Feature ' || i, 'synthetic', 'synthetic, not a place, ±5000 m',
       'not_located', 5000, '',
       '{}'::jsonb,
       ST_MakeEnvelope(x, y, x + 0.0002, y + 0.0002, 4326),
       'doi tuong ' || i, i
  FROM (SELECT i, 105.62 + random() * 0.2798 AS x, 19.70 + random() * 0.2198 AS y
          FROM generate_series(1, ?) AS i) s;

INSERT INTO feature_task (feature_id, task_code)
SELECT f.id, t.code FROM feature f JOIN task t ON t.code = 'VI.2' WHERE f.layer_id = ?;

ANALYZE feature;

-- Every place with how certain it is and its last change: the latest history entry of the feature (NULL when
-- it is as loaded from geodata/), in the layers' drawing order.
SELECT f.id, f.layer_id, l.title_vi, l.title_en, f.name, f.name_en, f.kind, f.accuracy_class, f.accuracy_m,
       f.accuracy_source, f.accuracy_source_en, h.at, h.username, h.action
  FROM feature f
  JOIN layer l ON l.id = f.layer_id
  LEFT JOIN LATERAL (SELECT h.at, h.username, h.action
                       FROM history h
                      WHERE h.entity = 'feature' AND h.entity_id = f.id
                      ORDER BY h.at DESC, h.id DESC
                      LIMIT 1) h ON true
 ORDER BY l.sort_order, f.sort_order, f.id

UPDATE feature
   SET name = ?, name_en = ?, kind = ?, accuracy = ?, source_text = ?, properties = ?::jsonb,
       geom = ST_SetSRID(ST_GeomFromWKB(?), 4326), search_text = ?, accuracy_vi = ?, accuracy_class = ?,
       accuracy_m = ?, accuracy_source = ?, accuracy_source_en = ?, version = version + 1
 WHERE id = ? AND version = ?

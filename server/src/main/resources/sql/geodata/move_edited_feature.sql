-- The layer and order the files give a place (layer id, sort order, feature id), kept in step even when the
-- place's content is the office's own (a layer split moves places between collections).
UPDATE feature SET layer_id = ?, sort_order = ? WHERE id = ?

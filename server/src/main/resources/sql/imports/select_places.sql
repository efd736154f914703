-- Every place's id, layer and names, for matching imported features by name.
SELECT id, layer_id, name, name_en FROM feature ORDER BY layer_id, sort_order, id

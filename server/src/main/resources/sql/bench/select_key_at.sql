-- The sort key of the feature at a depth of a layer (what a 'next' link's cursor holds there).
-- Parameters: layer id, depth (features before it).
SELECT layer_id, sort_order, id FROM feature WHERE layer_id = ? ORDER BY sort_order, id OFFSET ? LIMIT 1

-- The ids already taken among those starting with a prefix.
SELECT id FROM feature WHERE id LIKE ? || '%'

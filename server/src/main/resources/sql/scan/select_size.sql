-- A live scan's size in pixels, locked for the transaction that georeferences it.
SELECT width_px, height_px FROM scan WHERE id = ? AND deleted_at IS NULL FOR UPDATE

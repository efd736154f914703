-- Whether the scan is live and the feature exists, and the scan's file name: the ends of a tracing link.
SELECT (SELECT filename FROM scan WHERE id = ? AND deleted_at IS NULL),
       EXISTS (SELECT 1 FROM feature WHERE id = ?)

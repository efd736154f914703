DELETE FROM feature_task WHERE feature_id = ?

INSERT INTO feature_task (feature_id, task_code) VALUES (?, ?) ON CONFLICT DO NOTHING

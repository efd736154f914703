INSERT INTO task_agency (task_code, agency_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING

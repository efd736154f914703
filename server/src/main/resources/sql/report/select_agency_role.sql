SELECT role FROM task_agency WHERE task_code = ? AND agency_id = ?

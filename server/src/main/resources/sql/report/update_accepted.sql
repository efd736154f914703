UPDATE progress_report SET accepted = ? WHERE id = ? RETURNING task_code

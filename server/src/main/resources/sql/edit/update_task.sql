UPDATE task
   SET content = ?, note = ?, product = ?, deadline_text = ?, due_date = ?, search_text = ?, version = version + 1
 WHERE code = ? AND version = ?

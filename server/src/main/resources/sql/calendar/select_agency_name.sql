SELECT name_vi FROM agency WHERE id = ?

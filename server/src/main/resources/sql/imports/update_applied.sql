UPDATE pending_import SET applied_at = now() WHERE id = ?

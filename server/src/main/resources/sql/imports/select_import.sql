-- One import, locked when applied: its document, whether it expired (at the given moment) or was applied.
SELECT document::text, expires_at < ? AS expired, applied_at IS NOT NULL AS applied, filename, format, crs
  FROM pending_import
 WHERE id = ?
   FOR UPDATE

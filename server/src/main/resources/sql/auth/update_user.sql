-- NULL keeps a field as it is.
UPDATE app_user
   SET display_name  = COALESCE(?, display_name),
       role          = COALESCE(?, role),
       disabled      = COALESCE(?, disabled),
       password_hash = COALESCE(?, password_hash)
 WHERE id = ?

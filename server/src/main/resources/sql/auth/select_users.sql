-- Users (all, or the one whose id is bound; NULL for all) with their agencies.
SELECT u.id, u.username, u.display_name, u.role, u.disabled,
       ARRAY(SELECT ua.agency_id FROM user_agency ua WHERE ua.user_id = u.id ORDER BY ua.agency_id) AS agencies
  FROM app_user u
 WHERE ?::bigint IS NULL OR u.id = ?::bigint
 ORDER BY u.username

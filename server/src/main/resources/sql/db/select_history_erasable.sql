-- Whether the connected role could erase the history: it owns the table (directly or through a role it belongs
-- to, or as a superuser) or holds TRUNCATE on it. No row before the history table exists.
SELECT pg_has_role(current_user, c.relowner, 'MEMBER') AS owns,
       has_table_privilege(current_user, c.oid, 'TRUNCATE') AS truncates
  FROM pg_class c
 WHERE c.oid = to_regclass('history')

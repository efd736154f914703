-- Which of the given task codes name no task, in the order given (checked before a feature's links are
-- written, so the answer names the unknown code instead of the database refusing the link).
SELECT c.code
  FROM unnest(?::text[]) WITH ORDINALITY AS c(code, n)
 WHERE NOT EXISTS (SELECT 1 FROM task t WHERE t.code = c.code)
 ORDER BY c.n

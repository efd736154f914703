-- A task's editable state, locked for the transaction.
SELECT jsonb_build_object('content', t.content, 'note', t.note, 'product', t.product,
                          'deadline_text', t.deadline_text, 'due_date', t.due_date, 'version', t.version)::text
  FROM task t
 WHERE t.code = ?
   FOR UPDATE

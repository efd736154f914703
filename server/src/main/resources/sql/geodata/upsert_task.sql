INSERT INTO task (code, section, number, content, note, lead_text, partners_text, product, deadline_text, due_date,
                  sort_order, search_text)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (code) DO UPDATE
   SET section = EXCLUDED.section, number = EXCLUDED.number, content = EXCLUDED.content, note = EXCLUDED.note,
       lead_text = EXCLUDED.lead_text, partners_text = EXCLUDED.partners_text, product = EXCLUDED.product,
       deadline_text = EXCLUDED.deadline_text, due_date = EXCLUDED.due_date, sort_order = EXCLUDED.sort_order,
       search_text = EXCLUDED.search_text

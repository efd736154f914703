-- The tasks of the annual report, in programme order, judged on p.day with the reports as they stood at p.as_of:
-- section, content, lead (verbatim and the lead agencies' names), deadline as written and as a date, progress,
-- timeliness with its days, and the latest counting report (status, claimed date, document reference).
-- Parameters: day, as_of.
WITH p AS (SELECT ?::date AS day, ?::timestamptz AS as_of)
SELECT t.code, t.section, s.title_vi AS section_title, s.title_en AS section_title_en, t.content, t.lead_text,
       t.deadline_text, t.due_date, st.progress, st.timeliness, st.days_late, st.days_overdue,
       COALESCE((SELECT string_agg(a.name_vi, '; ' ORDER BY a.name_vi) FROM task_agency ta JOIN agency a ON a.id = ta.agency_id
                  WHERE ta.task_code = t.code AND ta.role = 'lead'), t.lead_text) AS lead_names,
       r.status AS report_status, r.report_date, r.document_ref
  FROM task t
  JOIN section s ON s.code = t.section
 CROSS JOIN p
 CROSS JOIN LATERAL task_state(t.code, t.due_date, p.day, p.as_of) st
  LEFT JOIN LATERAL (SELECT r.status, r.report_date, r.document_ref FROM progress_report r
                      WHERE r.task_code = t.code AND report_counts(r, p.as_of)
                      ORDER BY r.filed_at DESC, r.id DESC LIMIT 1) r ON true
 ORDER BY s.sort_order, t.sort_order

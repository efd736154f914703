-- Agencies with the codes of the tasks they lead and partner on.
SELECT json_build_object(
         'id', a.id, 'name_vi', a.name_vi, 'short_vi', a.short_vi, 'name_en', a.name_en, 'kind', a.kind,
         'aliases', a.aliases,
         'lead_tasks', ARRAY(SELECT ta.task_code FROM task_agency ta JOIN task t ON t.code = ta.task_code
                              WHERE ta.agency_id = a.id AND ta.role = 'lead' ORDER BY t.sort_order),
         'partner_tasks', ARRAY(SELECT ta.task_code FROM task_agency ta JOIN task t ON t.code = ta.task_code
                                 WHERE ta.agency_id = a.id AND ta.role = 'partner' ORDER BY t.sort_order))::text
  FROM agency a
 ORDER BY a.kind, a.name_vi

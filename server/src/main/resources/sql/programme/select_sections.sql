SELECT json_build_object('code', s.code, 'title_vi', s.title_vi, 'title_en', s.title_en,
                         'tasks', (SELECT count(*) FROM task t WHERE t.section = s.code))::text
  FROM section s
 ORDER BY s.sort_order

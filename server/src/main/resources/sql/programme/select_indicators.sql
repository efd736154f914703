-- The section II indicators with their targets and the actual values entered per year (oldest year first).
SELECT json_build_object('id', i.id, 'section', i.section, 'name_vi', i.name_vi, 'name_en', i.name_en, 'value', i.value,
                         'unit', i.unit, 'unit_en', i.unit_en, 'year', i.year, 'period', i.period,
                         'source_text', i.source_text,
                         'actuals', (SELECT COALESCE(json_agg(json_build_object('year', x.year, 'value', x.value,
                                                                                 'note', x.note) ORDER BY x.year), '[]')
                                       FROM indicator_actual x WHERE x.indicator_id = i.id))::text
  FROM indicator i
 ORDER BY i.sort_order

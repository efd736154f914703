SELECT json_build_object('id', id, 'section', section, 'name_vi', name_vi, 'name_en', name_en, 'value', value,
                         'unit', unit, 'unit_en', unit_en, 'year', year, 'period', period,
                         'source_text', source_text)::text
  FROM indicator
 ORDER BY sort_order

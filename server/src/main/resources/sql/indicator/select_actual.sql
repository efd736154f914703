-- One indicator's actual value for a year, as JSON (nothing when none was entered). Parameters: id, year.
SELECT json_build_object('indicator', x.indicator_id, 'year', x.year, 'value', x.value, 'note', x.note,
                         'updated_by', u.display_name, 'updated_at', x.updated_at)::text
  FROM indicator_actual x JOIN app_user u ON u.id = x.updated_by
 WHERE x.indicator_id = ? AND x.year = ?

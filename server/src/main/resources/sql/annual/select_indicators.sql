-- The section II indicators with their target and the actual value entered for the year (NULL when none).
-- Parameter: year.
SELECT i.id, i.section, i.name_vi, i.name_en, i.value AS target, i.unit, i.unit_en, i.year AS target_year, i.period,
       x.value AS actual, x.note
  FROM indicator i
  LEFT JOIN indicator_actual x ON x.indicator_id = i.id AND x.year = ?
 ORDER BY i.sort_order

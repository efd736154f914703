INSERT INTO indicator (id, section, name_vi, name_en, value, unit, unit_en, year, period, source_text, sort_order)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- Features, tasks and agencies whose folded text holds every word of the query, ranked: whole text,
-- then prefix, then whole-word phrase, then phrase anywhere, then words apart; at equal rank the
-- shorter title (the closer match) first, features before tasks before agencies. Parameters: folded phrase, its words, limit.
WITH q AS (SELECT ?::text AS phrase, ?::text[] AS words),
hits AS (
  SELECT 'feature' AS kind, f.id, f.name AS title, f.name_en AS title_en, l.title_vi AS subtitle,
         f.layer_id AS layer, f.search_text AS folded, 0 AS penalty,
         ST_XMin(f.geom) AS xmin, ST_YMin(f.geom) AS ymin, ST_XMax(f.geom) AS xmax, ST_YMax(f.geom) AS ymax
    FROM feature f JOIN layer l ON l.id = f.layer_id CROSS JOIN q
   WHERE NOT EXISTS (SELECT 1 FROM unnest(q.words) w WHERE position(w IN f.search_text) = 0)
  UNION ALL
  SELECT 'task', t.code, t.code || ' · ' || left(t.content, 140), NULL, t.lead_text, NULL, t.search_text, 5,
         e.xmin, e.ymin, e.xmax, e.ymax
    FROM task t CROSS JOIN q
    LEFT JOIN LATERAL (SELECT ST_XMin(ST_Extent(f.geom)) AS xmin, ST_YMin(ST_Extent(f.geom)) AS ymin,
                              ST_XMax(ST_Extent(f.geom)) AS xmax, ST_YMax(ST_Extent(f.geom)) AS ymax
                         FROM feature_task ft JOIN feature f ON f.id = ft.feature_id
                        WHERE ft.task_code = t.code) e ON true
   WHERE NOT EXISTS (SELECT 1 FROM unnest(q.words) w WHERE position(w IN t.search_text) = 0)
  UNION ALL
  SELECT 'agency', a.id, a.name_vi, a.name_en, a.short_vi, NULL, a.search_text, 10, NULL, NULL, NULL, NULL
    FROM agency a CROSS JOIN q
   WHERE NOT EXISTS (SELECT 1 FROM unnest(q.words) w WHERE position(w IN a.search_text) = 0)
)
SELECT h.kind, h.id, h.title, h.title_en, h.subtitle, h.layer, h.xmin, h.ymin, h.xmax, h.ymax,
       CASE WHEN h.folded = q.phrase THEN 100
            WHEN h.folded LIKE q.phrase || '%' THEN 90
            WHEN ' ' || h.folded || ' ' LIKE '% ' || q.phrase || ' %' THEN 80
            WHEN position(q.phrase IN h.folded) > 0 THEN 60
            ELSE 40 END - h.penalty AS score
  FROM hits h CROSS JOIN q
 ORDER BY score DESC, length(h.title), h.kind, h.title
 LIMIT ?

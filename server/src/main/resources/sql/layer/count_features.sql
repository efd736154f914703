WITH p AS (SELECT ?::date AS today, ?::timestamptz AS as_of)
SELECT count(*) FROM /*from*/ CROSS JOIN p WHERE /*where*/

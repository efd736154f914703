-- Bytes of attachments: of the reports of one author (bound), and of all reports.
SELECT (SELECT COALESCE(sum(a.size_bytes), 0) FROM attachment a JOIN progress_report r ON r.id = a.report_id
         WHERE r.user_id = ?),
       (SELECT COALESCE(sum(size_bytes), 0) FROM attachment)

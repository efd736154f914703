package vn.thanhhoa.planmap.export.spi;

import java.time.LocalDate;

/**
 * A programme task as linked to one exported feature (from {@code FeatureRow.tasks}).
 *
 * @param code     appendix code, e.g. "VI.2"
 * @param content  what the task is, verbatim
 * @param lead     the lead unit(s), verbatim
 * @param deadline the reporting deadline, verbatim ("Quý I/2023")
 * @param due      the deadline as a date, null when the task runs for the life of the resolution
 * @param progress   progress id ({@code not_reported}, {@code in_progress}, {@code done} …; see Progress)
 * @param timeliness timeliness id on the export's day ({@code on_time}, {@code late}, {@code overdue} …; see
 *                   Timeliness)
 */
public record LinkedTask(String code, String content, String lead, String deadline, LocalDate due, String progress,
    String timeliness) {}

package vn.thanhhoa.planmap.export.spi;

import java.time.LocalDate;

/**
 * One task of the programme's appendix as exports write it.
 *
 * @param code         appendix code ("IV.10"; a section code such as "I" for a section-level row)
 * @param section      section code ("IV")
 * @param content      what the task is, verbatim
 * @param lead         lead unit(s), verbatim
 * @param partners     partner unit(s), verbatim, empty when none
 * @param product      expected product(s), verbatim
 * @param deadlineText reporting deadline, verbatim ("Quý I/2023")
 * @param dueDate      the deadline as a date, null when the task runs for the life of the resolution
 * @param progress     progress id (see Progress)
 * @param timeliness   timeliness id on the export's day (see Timeliness)
 * @param daysLate     days between the due date and the first submitted/done claim when late, else null
 * @param daysOverdue  days past the due date when overdue, else null
 * @param places       names of the linked places in the exported layers, joined with "; ", empty when none
 */
public record TaskRow(
    String code,
    String section,
    String content,
    String lead,
    String partners,
    String product,
    String deadlineText,
    LocalDate dueDate,
    String progress,
    String timeliness,
    Integer daysLate,
    Integer daysOverdue,
    String places) {}

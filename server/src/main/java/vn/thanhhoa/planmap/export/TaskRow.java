package vn.thanhhoa.planmap.export;

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
 * @param status       reported status id
 * @param overdue      past its due date on the export's day and not reported submitted or done
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
    String status,
    boolean overdue,
    String places) {}

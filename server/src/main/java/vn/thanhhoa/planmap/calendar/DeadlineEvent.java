package vn.thanhhoa.planmap.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated task as an all-day calendar event.
 *
 * @param code         appendix code ("IV.10"), the event's UID is {@code task-IV.10@planmap}
 * @param content      what the task is, verbatim
 * @param lead         lead unit(s), verbatim
 * @param product      expected product(s), verbatim
 * @param deadlineText the deadline as the programme writes it ("Quý I/2023")
 * @param due          the deadline as a date (the event's day)
 * @param state        progress and timeliness in words, on the feed's day
 * @param revisions    how many times the task changed (edits, reports, reviews): the event's SEQUENCE
 * @param revisedAt    when it last changed: the event's DTSTAMP and LAST-MODIFIED
 */
public record DeadlineEvent(String code, String content, String lead, String product, String deadlineText,
    LocalDate due, String state, int revisions, Instant revisedAt) {}

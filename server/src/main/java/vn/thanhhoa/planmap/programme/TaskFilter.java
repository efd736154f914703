package vn.thanhhoa.planmap.programme;

import java.time.LocalDate;
import java.util.List;
import vn.thanhhoa.planmap.time.AsOf;

/**
 * Which programme tasks to list. Empty lists and nulls do not filter.
 *
 * @param code      one task code
 * @param sections  section codes (I … XI)
 * @param leads     ids of agencies leading the task
 * @param dueBefore due on or before
 * @param dueAfter  due on or after
 * @param timeliness one of these timeliness values (see Timeliness; empty: no filter)
 * @param ongoing   without a date: runs for the life of the resolution (true), or dated (false)
 * @param words     folded words that must all occur in the task's text
 * @param asOf      the day timeliness and "days_left" are judged on, and the moment at which reports count
 */
public record TaskFilter(
    String code,
    List<String> sections,
    List<String> leads,
    LocalDate dueBefore,
    LocalDate dueAfter,
    List<String> timeliness,
    Boolean ongoing,
    List<String> words,
    AsOf asOf) {

  public static TaskFilter one(String code, AsOf asOf) {
    return new TaskFilter(code, List.of(), List.of(), null, null, List.of(), null, List.of(), asOf);
  }

  /** Every task, judged as of that day. */
  public static TaskFilter all(AsOf asOf) {
    return new TaskFilter(null, List.of(), List.of(), null, null, List.of(), null, List.of(), asOf);
  }
}

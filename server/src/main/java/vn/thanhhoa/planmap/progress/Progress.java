package vn.thanhhoa.planmap.progress;

import java.util.Arrays;
import java.util.List;
import vn.thanhhoa.planmap.term.Term;
import vn.thanhhoa.planmap.term.WordedTerm;

/**
 * A task's progress: the status of its latest counting progress report, or {@link #NOT_REPORTED}. Computed in
 * the database ({@code task_state} in migration V8); this enum names the values and their words for files
 * people read (workbook, annual report, calendar). The map's words are in web/js/words/progress.js.
 */
public enum Progress implements WordedTerm {
  NOT_REPORTED("not_reported", "Chưa có báo cáo", "Not reported"),
  NOT_STARTED("not_started", "Chưa triển khai", "Not started"),
  IN_PROGRESS("in_progress", "Đang triển khai", "In progress"),
  SUBMITTED("submitted", "Đã trình", "Submitted"),
  DONE("done", "Hoàn thành", "Done"),
  BLOCKED("blocked", "Vướng mắc", "Blocked");

  private final Words words;

  Progress(String id, String vi, String en) {
    this.words = new Words(id, vi, en);
  }

  @Override
  public Words words() {
    return words;
  }

  /** Every id, in this order. */
  public static List<String> ids() {
    return Term.ids(values());
  }

  /** The statuses a report may state (every one but not_reported). */
  public static List<String> reportable() {
    return Arrays.stream(values()).filter(s -> s != NOT_REPORTED).map(Progress::id).toList();
  }

  /** The label of a progress id in a language; the id itself when unknown. */
  public static String label(String id, String lang) {
    return WordedTerm.label(values(), id, lang);
  }
}

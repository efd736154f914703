package vn.thanhhoa.planmap.progress;

import java.util.List;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.term.Term;
import vn.thanhhoa.planmap.term.WordedTerm;

/**
 * A task's timeliness on a day, computed in the database ({@code task_state} in migration V8), relative to its
 * due date: {@code on_time} (submitted or done by the due date), {@code late} (submitted or done after it),
 * {@code overdue} (past due, not submitted or done), {@code due_soon} (due within 30 days), {@code open} (due
 * later), {@code ongoing} (no date: for the life of the resolution). This enum names the values and their
 * words for files people read; the map's words are in web/js/words/progress.js.
 */
public enum Timeliness implements WordedTerm {
  ON_TIME("on_time", "Đúng hạn", "On time"),
  LATE("late", "Trễ hạn", "Late"),
  OVERDUE("overdue", "Quá hạn", "Overdue"),
  DUE_SOON("due_soon", "Sắp đến hạn", "Due soon"),
  OPEN("open", "Chưa đến hạn", "Not yet due"),
  ONGOING("ongoing", "Thường xuyên", "Ongoing");

  /**
   * The values from the most to the least pressing: the order of the legends (map, annual report) and of a place's
   * "most pressing task" ({@code feature_state} in migration V13 sorts by it).
   */
  public static final List<Timeliness> WORST_FIRST = List.of(OVERDUE, LATE, DUE_SOON, OPEN, ON_TIME, ONGOING);

  /** A task is {@link #DUE_SOON} when its due date is at most this many days ahead ({@code task_state}, V8). */
  public static final int DUE_SOON_DAYS = 30;

  private final Words words;

  Timeliness(String id, String vi, String en) {
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

  /**
   * The timeliness values a filter asks for, from {@code timeliness=} ({@code asked}, already checked against
   * {@link #ids()}) and {@code overdue=} together: overdue=true keeps only overdue, overdue=false all but overdue.
   * Empty when neither narrows.
   *
   * @throws BadRequestException (parameter overdue) when the two leave no value
   */
  public static List<String> narrowed(List<String> asked, Boolean overdue) {
    if (overdue == null) {
      return asked;
    }
    List<String> values = (asked.isEmpty() ? ids() : asked).stream()
        .filter(v -> overdue == v.equals(OVERDUE.id())).toList();
    if (values.isEmpty()) {
      throw new BadRequestException("overdue", "'overdue' contradicts 'timeliness': no task can match both");
    }
    return values;
  }

  /** The label of a timeliness id in a language; the id itself when unknown. */
  public static String label(String id, String lang) {
    return WordedTerm.label(values(), id, lang);
  }
}

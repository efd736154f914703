package vn.thanhhoa.planmap.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A task's reporting deadline: the text as the programme writes it ("Quý I/2023") and the date it
 * means. An empty date means the task runs for the life of the resolution (to 2030).
 *
 * @param text verbatim deadline text
 * @param due  last day to report, or null when ongoing
 */
public record Deadline(String text, LocalDate due) {

  /** The due date, empty when the task is ongoing. */
  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(due);
  }

  public boolean ongoing() {
    return due == null;
  }
}

package vn.thanhhoa.planmap.programme;

import java.util.Arrays;
import java.util.List;

/**
 * A task's status: its latest accepted progress report, or {@link #NOT_REPORTED}. The labels are the
 * map's (web/js/i18n.js), for files people read (the review workbook).
 */
public enum TaskStatus {
  NOT_REPORTED("not_reported", "Chưa có báo cáo"),
  NOT_STARTED("not_started", "Chưa triển khai"),
  IN_PROGRESS("in_progress", "Đang triển khai"),
  SUBMITTED("submitted", "Đã trình"),
  DONE("done", "Hoàn thành"),
  BLOCKED("blocked", "Vướng mắc");

  private final String id;
  private final String labelVi;

  TaskStatus(String id, String labelVi) {
    this.id = id;
    this.labelVi = labelVi;
  }

  public String id() {
    return id;
  }

  public String labelVi() {
    return labelVi;
  }

  /** The statuses a report may state (every one but not_reported). */
  public static List<String> reportable() {
    return Arrays.stream(values()).filter(s -> s != NOT_REPORTED).map(TaskStatus::id).toList();
  }

  /** The Vietnamese label of a status id; the id itself when unknown. */
  public static String labelVi(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().map(TaskStatus::labelVi).orElse(id);
  }
}

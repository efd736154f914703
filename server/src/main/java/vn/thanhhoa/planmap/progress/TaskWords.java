package vn.thanhhoa.planmap.progress;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A task's progress and timeliness in words, for pages and files people read: "Hoàn thành · Trễ hạn 12 ngày",
 * "Chưa có báo cáo · Quá hạn 1.337 ngày" (the days with a dot as thousands separator in Vietnamese, a comma in
 * English).
 */
public final class TaskWords {
  private TaskWords() {}

  /** The timeliness in words with its days when late or overdue: "Quá hạn 1.337 ngày" / "Overdue by 1,337 days". */
  public static String timeliness(String timeliness, Integer daysLate, Integer daysOverdue, String lang) {
    String label = Timeliness.label(timeliness, lang);
    Integer days = Timeliness.LATE.id().equals(timeliness) ? daysLate
        : Timeliness.OVERDUE.id().equals(timeliness) ? daysOverdue : null;
    if (days == null) {
      return label;
    }
    String n = String.format(java.util.Locale.ROOT, "%,d", days).replace(",", "vi".equals(lang) ? "." : ",");
    return "vi".equals(lang) ? label + " " + n + " ngày" : label + " by " + n + (days == 1 ? " day" : " days");
  }

  /** Progress and timeliness in one language: "Hoàn thành · Trễ hạn 12 ngày". */
  public static String state(String progress, String timeliness, Integer daysLate, Integer daysOverdue, String lang) {
    return Progress.label(progress, lang) + " · " + timeliness(timeliness, daysLate, daysOverdue, lang);
  }

  /** Both languages, from a task as the API gives it (progress, timeliness, days_late, days_overdue). */
  public static String state(JsonNode task) {
    String p = task.path("progress").asText();
    String t = task.path("timeliness").asText();
    Integer late = task.path("days_late").isNumber() ? task.path("days_late").asInt() : null;
    Integer over = task.path("days_overdue").isNumber() ? task.path("days_overdue").asInt() : null;
    return state(p, t, late, over, "vi") + " / " + state(p, t, late, over, "en");
  }
}

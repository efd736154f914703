package vn.thanhhoa.planmap.programme;

import java.util.List;

/**
 * The programme: its sections, tasks, agencies and indicators, each as a JSON object text shaped by
 * the database (see {@code sql/programme/}).
 */
public interface TaskCatalog {

  /** Tasks matching the filter, in appendix order, as JSON objects. */
  List<String> tasks(TaskFilter filter);

  /** The eleven sections with their task counts. */
  List<String> sections();

  /** Every agency with the tasks it leads and partners on. */
  List<String> agencies();

  /** The numeric targets of section II. */
  List<String> indicators();
}

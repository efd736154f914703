package vn.thanhhoa.planmap.export.spi;

import java.util.Set;
import java.util.function.Consumer;

/** The programme's tasks of one export, for the formats that list them (GeoPackage, workbook). */
@FunctionalInterface
public interface TaskFeed {
  /**
   * Streams, in programme order, the tasks that match the export's task filters ({@code task}, {@code lead},
   * {@code due_before}, {@code due_after}, {@code overdue}, {@code timeliness}; the feature filters do not apply
   * to tasks), plus the tasks named in {@code alsoCodes}. Each task's places are the names of its linked
   * features in the exported layers.
   */
  void forEach(Set<String> alsoCodes, Consumer<TaskRow> consumer);
}

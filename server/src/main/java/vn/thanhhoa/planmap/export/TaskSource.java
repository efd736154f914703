package vn.thanhhoa.planmap.export;

import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.planmap.export.spi.TaskRow;
import vn.thanhhoa.planmap.layer.FeatureQuery;

/** The programme's tasks as exports need them. */
public interface TaskSource {

  /**
   * Streams, in programme order, the tasks that match the task filters of a query (its {@code tasks},
   * {@code leads}, {@code dueBefore}, {@code dueAfter}, {@code overdue} and {@code timeliness}, judged on its {@code today};
   * the feature filters bbox, kind and text do not apply to tasks), plus the tasks named in
   * {@code alsoCodes}. Each task's places are the names of its linked features in the query's layers.
   */
  void forEachTask(FeatureQuery query, Set<String> alsoCodes, Consumer<TaskRow> consumer);
}

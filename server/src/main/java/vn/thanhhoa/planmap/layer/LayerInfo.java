package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A layer (an OGC API collection): its titles, the kinds of feature it holds, and what it holds now.
 *
 * @param kinds    JSON array of {id, label_vi, label_en}
 * @param features number of features
 * @param extent   {@code [west, south, east, north]} in WGS84 degrees, null when the layer is empty
 * @param extraProperties names of the properties, beyond the common ones, that its features carry
 * @param group    the layer this one is shown with on the map (one geometry type per collection, one entry
 *                 on the map), null for a layer of its own
 */
public record LayerInfo(
    String id,
    String titleVi,
    String titleEn,
    String descriptionVi,
    String descriptionEn,
    JsonNode kinds,
    long features,
    double[] extent,
    List<String> extraProperties,
    String group) {

  /**
   * The plain attributes of a feature's linked tasks, beside the nested {@code tasks}, so that GIS clients show
   * and filter them: codes ("IV.10; VI.1"), lead agencies, the next due date (V9's SQL functions), and the progress
   * and timeliness of the most pressing task (V13's {@code feature_state}).
   */
  public static final List<String> FLAT_PROPERTIES =
      List.of("task_codes", "lead_agency", "next_due", "progress", "timeliness");

  /** The properties every feature has, in output order. */
  public static final List<String> COMMON_PROPERTIES =
      List.of("layer", "name", "name_en", "kind", "accuracy", "accuracy_vi", "accuracy_class", "accuracy_m",
          "accuracy_source", "accuracy_source_en", "source_text", "task_codes", "lead_agency", "next_due", "progress",
          "timeliness", "tasks");

  /** Every property name a feature of this layer may carry. */
  public Set<String> propertyNames() {
    Set<String> names = new LinkedHashSet<>(COMMON_PROPERTIES);
    names.addAll(extraProperties);
    return names;
  }
}

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
    List<String> extraProperties) {

  /** The properties every feature has, in output order. */
  public static final List<String> COMMON_PROPERTIES =
      List.of("layer", "name", "name_en", "kind", "accuracy", "accuracy_vi", "accuracy_class", "accuracy_m",
          "accuracy_source", "accuracy_source_en", "source_text", "tasks");

  /** Every property name a feature of this layer may carry. */
  public Set<String> propertyNames() {
    Set<String> names = new LinkedHashSet<>(COMMON_PROPERTIES);
    names.addAll(extraProperties);
    return names;
  }
}

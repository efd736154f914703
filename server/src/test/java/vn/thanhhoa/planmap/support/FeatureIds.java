package vn.thanhhoa.planmap.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The ids of the features of a GeoJSON FeatureCollection (an items page), as the tests compare them. */
public final class FeatureIds {
  private FeatureIds() {}

  /** The ids in the order of the collection. */
  public static List<String> inOrder(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.path("features").forEach(f -> ids.add(f.path("id").asText()));
    return ids;
  }

  /** The ids, sorted (for comparing sets of matches). */
  public static Set<String> sorted(JsonNode collection) {
    return new TreeSet<>(inOrder(collection));
  }
}

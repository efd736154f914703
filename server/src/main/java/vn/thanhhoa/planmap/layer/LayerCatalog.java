package vn.thanhhoa.planmap.layer;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The layers and their features: the one way the rest of planmap reads them. */
public interface LayerCatalog {

  /** Every layer, in drawing order. */
  default List<LayerInfo> layers() {
    return layers(dataVersion());
  }

  /** Every layer as of a data version the caller has just read (saves reading it twice per request). */
  List<LayerInfo> layers(long dataVersion);

  /** The layer with this id at that data version, empty when there is none. */
  default Optional<LayerInfo> layer(String id, long dataVersion) {
    return layers(dataVersion).stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /**
   * The layer with this id at that data version.
   *
   * @throws vn.thanhhoa.planmap.http.NotFoundException (404) when there is none
   */
  default LayerInfo require(String id, long dataVersion) {
    return layer(id, dataVersion).orElseThrow(
        () -> new vn.thanhhoa.planmap.http.NotFoundException("no layer '" + id + "'; see /collections"));
  }

  /** How many features match the query's filters (limit and offset ignored). */
  long count(FeatureQuery query);

  /**
   * Streams the matching features, in layer, drawing and id order, to the consumer, without holding
   * them all in memory.
   */
  void forEachFeature(FeatureQuery query, Consumer<FeatureRow> consumer);

  /** A number that changes whenever the data changes (for ETags). */
  long dataVersion();
}

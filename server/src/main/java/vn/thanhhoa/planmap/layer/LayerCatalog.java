package vn.thanhhoa.planmap.layer;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The layers and their features: the one way the rest of planmap reads them. */
public interface LayerCatalog {

  /** Every layer, in drawing order. */
  List<LayerInfo> layers();

  /** The layer with this id, empty when there is none. */
  default Optional<LayerInfo> layer(String id) {
    return layers().stream().filter(l -> l.id().equals(id)).findFirst();
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

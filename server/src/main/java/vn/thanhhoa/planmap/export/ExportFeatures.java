package vn.thanhhoa.planmap.export;

import java.util.function.Consumer;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.layer.FeatureQuery;

/** The features of an export as the file formats read them ({@code ExportFormat.Reading.FEATURES}). */
public interface ExportFeatures {

  /**
   * A reader for one export: its linked tasks judged on the query's {@code today} and {@code as_of}, its
   * geometries in {@code crs}.
   */
  Reader reader(FeatureQuery query, Crs crs);

  /** Reads the features of an export, one layer's query at a time. */
  @FunctionalInterface
  interface Reader {
    /**
     * Streams the features matching one layer's query (limit and offset ignored), in drawing and id order,
     * without holding them.
     */
    void forEach(FeatureQuery layerQuery, Consumer<ExportFeature> consumer);
  }
}

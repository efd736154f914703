package vn.thanhhoa.planmap.export.geojson;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.layer.GeoJsonFeatureWriter;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * Writes an export as GeoJSON (RFC 7946, always WGS84), streaming: one FeatureCollection whose features are
 * exactly those of the items API ({@link GeoJsonFeatureWriter}), closed by {@code numberReturned} and
 * {@code timeStamp} (when the export started).
 */
public final class GeoJsonWriter implements ExportWriter {
  /** GeoJSON (RFC 7946): always WGS84. */
  public static final ExportFormat FORMAT = new ExportFormat("geojson", "application/geo+json",
      "planmap-{layers}-{crs}-{day}.geojson", false, ExportFormat.Reading.ITEMS, GeoJsonWriter::new);

  private final ExportJob job;
  private GeoJsonFeatureWriter writer;

  public GeoJsonWriter(ExportJob job) {
    this.job = job;
  }

  @Override
  public void start() {
    writer = new GeoJsonFeatureWriter(job.output().stream(), job.mapper(), null);
    writer.startCollection();
  }

  @Override
  public void layer(LayerInfo layer) {
    // one collection for every layer: each feature names its own
  }

  @Override
  public void feature(ExportFeature feature) {
    writer.feature(feature.item());
  }

  @Override
  public void finish() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("numberReturned", writer.written());
    members.put("timeStamp", job.exportedAt().toString());
    writer.endCollection(members);
    writer.close();
  }

  @Override
  public void abort() {
    // nothing is closed: a broken download must not end as a well-formed, incomplete collection
  }
}

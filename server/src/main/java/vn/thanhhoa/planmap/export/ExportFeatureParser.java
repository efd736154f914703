package vn.thanhhoa.planmap.export;

import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.Crs;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.accuracy.CoordinatePrecision;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.LinkedTask;
import vn.thanhhoa.planmap.layer.FeatureRow;

/**
 * Turns the catalog's {@link FeatureRow}s into {@link ExportFeature}s: parses the GeoJSON geometry with
 * JTS, transforms it into the export's CRS, rounds its coordinates to what the feature's accuracy warrants
 * ({@link CoordinatePrecision}), and reads the linked tasks and extra properties.
 *
 * <p>Not thread-safe: make one per export.
 */
final class ExportFeatureParser {
  private final GeoJsonReader reader = new GeoJsonReader();
  private final CoordinateTransformer transformer;
  private final boolean geographic;
  private final ObjectMapper mapper;

  ExportFeatureParser(Crs crs, ObjectMapper mapper) {
    this.transformer = new CoordinateTransformer(crs);
    this.geographic = crs.proj4().contains("+proj=longlat");
    this.mapper = mapper;
  }

  /**
   * @throws IllegalStateException when the database handed over a geometry or JSON it cannot read (a bug,
   *                               not bad input)
   */
  ExportFeature parse(FeatureRow row) {
    Geometry wgs84;
    try {
      wgs84 = reader.read(row.geometry());
    } catch (ParseException e) {
      throw new IllegalStateException("reading the geometry of feature " + row.id() + ": " + e.getMessage(), e);
    }
    wgs84.setSRID(Crs.WGS84.epsg());
    Geometry geometry = transformer.target() == Crs.WGS84 ? wgs84 : transformer.transform(wgs84);
    wgs84 = CoordinatePrecision.round(wgs84, row.accuracyM(), true);
    geometry = transformer.target() == Crs.WGS84 ? wgs84
        : CoordinatePrecision.round(geometry, row.accuracyM(), geographic);
    try {
      return feature(row, wgs84, geometry, tasks(row.tasks()), extras(row.properties()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reading the tasks or properties of feature " + row.id() + ": "
          + e.getMessage(), e);
    }
  }

  /** The feature as the items API serves it, for GeoJSON: no geometry parsed, no tasks or extras read. */
  static ExportFeature item(FeatureRow row) {
    return feature(row, null, null, null, null);
  }

  private static ExportFeature feature(FeatureRow row, Geometry wgs84, Geometry geometry, List<LinkedTask> tasks,
      Map<String, String> extras) {
    return new ExportFeature(row.id(), row.layerId(), row.name(), row.nameEn(), row.kind(), row.accuracy(),
        row.accuracyVi(), row.accuracyClass(), row.accuracyM(), row.accuracySource(), row.accuracySourceEn(),
        row.sourceText(), wgs84, geometry, tasks, extras, row);
  }

  private List<LinkedTask> tasks(String json) throws JsonProcessingException {
    List<LinkedTask> out = new ArrayList<>();
    for (JsonNode t : mapper.readTree(json)) {
      String due = t.path("due").isTextual() ? t.path("due").asText() : null;
      out.add(new LinkedTask(t.path("code").asText(), t.path("content").asText(""), t.path("lead").asText(""),
          t.path("deadline").asText(""), due == null ? null : LocalDate.parse(due), t.path("progress").asText(""),
          t.path("timeliness").asText("")));
    }
    return out;
  }

  private Map<String, String> extras(String json) throws JsonProcessingException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = mapper.readTree(json).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (!v.isNull()) {
        out.put(e.getKey(), v.isTextual() ? v.asText() : mapper.writeValueAsString(v));
      }
    }
    return out;
  }
}

package vn.thanhhoa.planmap.layer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.http.IoAction;

/**
 * Writes features as GeoJSON (RFC 7946, WGS84 lon/lat) one at a time to a stream: a FeatureCollection
 * whose closing members (counts, links) are written after the features, so nothing is held in memory.
 *
 * <p>Each feature's properties: {@code layer, name, name_en, kind}, the accuracy ({@code accuracy,
 * accuracy_vi, accuracy_class, accuracy_m, accuracy_source, accuracy_source_en}), {@code source_text}, the feature's
 * own extra properties, the flat attributes of its tasks ({@link LayerInfo#FLAT_PROPERTIES}) and {@code tasks}
 * (its linked tasks, nested). A property selection limits them.
 */
public final class GeoJsonFeatureWriter implements AutoCloseable {
  private final JsonGenerator gen;
  private final ObjectMapper mapper;
  private final Set<String> properties;
  private final UnaryOperator<String> geometry;
  /** The last flat attributes read, and their text: a run of features linked to the same tasks shares one string. */
  private String flatText;
  private JsonNode flatNode;
  private int written;

  /**
   * @param properties the properties to write, null for all
   */
  public GeoJsonFeatureWriter(OutputStream out, ObjectMapper mapper, Set<String> properties) {
    this(out, mapper, properties, UnaryOperator.identity());
  }

  /**
   * @param properties the properties to write, null for all
   * @param geometry   rewrites each GeoJSON geometry (into another CRS), identity for CRS84
   */
  public GeoJsonFeatureWriter(OutputStream out, ObjectMapper mapper, Set<String> properties,
      UnaryOperator<String> geometry) {
    this.geometry = geometry;
    try {
      this.gen = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.mapper = mapper;
    this.properties = properties;
  }

  /** Opens the FeatureCollection. */
  public GeoJsonFeatureWriter startCollection() {
    IoAction.unchecked(() -> {
      gen.writeStartObject();
      gen.writeStringField("type", "FeatureCollection");
      gen.writeArrayFieldStart("features");
    });
    return this;
  }

  /** Writes one feature (inside a collection, or alone). */
  public void feature(FeatureRow row) {
    IoAction.unchecked(() -> {
      gen.writeStartObject();
      gen.writeStringField("type", "Feature");
      gen.writeStringField("id", row.id());
      gen.writeFieldName("geometry");
      gen.writeRawValue(geometry.apply(row.geometry()));
      gen.writeObjectFieldStart("properties");
      text("layer", row.layerId());
      text("name", row.name());
      text("name_en", row.nameEn());
      text("kind", row.kind());
      text("accuracy", row.accuracy());
      text("accuracy_vi", row.accuracyVi());
      text("accuracy_class", row.accuracyClass());
      if (wanted("accuracy_m")) {
        gen.writeFieldName("accuracy_m");
        gen.writeNumber(Accuracy.plain(row.accuracyM()));
      }
      text("accuracy_source", row.accuracySource());
      text("accuracy_source_en", row.accuracySourceEn());
      text("source_text", row.sourceText());
      JsonNode extra = mapper.readTree(row.properties());
      for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (wanted(e.getKey())) {
          gen.writeFieldName(e.getKey());
          mapper.writeTree(gen, e.getValue());
        }
      }
      if (!row.flat().equals(flatText)) { // a shared string compares as the same object, at once
        flatNode = mapper.readTree(row.flat());
        flatText = row.flat();
      }
      JsonNode flat = flatNode;
      for (String name : LayerInfo.FLAT_PROPERTIES) {
        if (wanted(name)) {
          gen.writeFieldName(name);
          mapper.writeTree(gen, flat.path(name).isMissingNode() ? mapper.nullNode() : flat.get(name));
        }
      }
      if (wanted("tasks")) {
        gen.writeFieldName("tasks");
        gen.writeRawValue(row.tasks());
      }
      gen.writeEndObject();
      gen.writeEndObject();
    });
    written++;
  }

  /** Closes the features array and writes the collection's closing members (numbers, links …). */
  public void endCollection(Map<String, ?> members) {
    IoAction.unchecked(() -> {
      gen.writeEndArray();
      for (Map.Entry<String, ?> e : members.entrySet()) {
        gen.writeFieldName(e.getKey());
        mapper.writeValue(gen, e.getValue());
      }
      gen.writeEndObject();
    });
  }

  /** Features written so far. */
  public int written() {
    return written;
  }

  private void text(String name, String value) throws IOException {
    if (wanted(name)) {
      gen.writeStringField(name, value);
    }
  }

  private boolean wanted(String name) {
    return properties == null || properties.contains(name);
  }

  @Override
  public void close() {
    IoAction.unchecked(gen::close);
  }

}

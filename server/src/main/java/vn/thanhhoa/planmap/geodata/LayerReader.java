package vn.thanhhoa.planmap.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.geo.GeometryRules;
import vn.thanhhoa.planmap.text.SearchText;

/** Reads and checks {@code geodata/layers/}: the layer catalog and one GeoJSON file per layer. */
final class LayerReader {
  /** Properties stored in columns of their own; everything else goes to the properties object. */
  private static final Set<String> COLUMNS =
      Set.of("id", "name", "name_en", "kind", "accuracy", "accuracy_vi", "accuracy_class", "accuracy_m",
          "accuracy_source", "accuracy_source_en", "source_text", "tasks");
  /** A stated uncertainty in an accuracy sentence: "±600 m", "±1,500 m". */
  private static final Pattern PLUS_MINUS = Pattern.compile("±\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*m\\b");

  private final JsonArrayReader json;
  private final GeoJsonReader geoJson = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));

  LayerReader(JsonArrayReader json) {
    this.json = json;
  }

  /**
   * @param taskCodes the programme's task codes, which features may name
   */
  LayerData read(Path dir, Set<String> taskCodes) {
    List<LayerData.Layer> layers = new ArrayList<>();
    List<LayerData.Feature> features = new ArrayList<>();
    Set<String> layerIds = new HashSet<>();
    Set<String> featureIds = new HashSet<>();
    for (Located e : json.rootArray(dir.resolve("layers.json"))) {
      String id = Ids.check(e, e.text("id"));
      if (!layerIds.add(id)) {
        throw e.error("duplicate layer id " + id);
      }
      JsonNode kinds = e.node().get("kinds");
      if (kinds == null || !kinds.isArray() || kinds.isEmpty()) {
        throw e.error("layer " + id + " needs a non-empty 'kinds' array");
      }
      String group = e.optionalText("group");
      if (group != null && (!layerIds.contains(group) || group.equals(id))) {
        throw e.error("layer " + id + ": group '" + group + "' must be a layer listed before it");
      }
      LayerData.Layer layer = new LayerData.Layer(id, e.text("title_vi"), e.text("title_en"),
          orEmpty(e.optionalText("description_vi")), orEmpty(e.optionalText("description_en")), (ArrayNode) kinds,
          group);
      layers.add(layer);
      Set<String> kindIds = new HashSet<>();
      kinds.forEach(k -> kindIds.add(k.path("id").asText()));
      for (Located f : json.fieldArray(dir.resolve(id + ".geojson"), "features")) {
        LayerData.Feature feature = feature(f, id, kindIds, taskCodes);
        if (!featureIds.add(feature.id())) {
          throw f.error("duplicate feature id " + feature.id());
        }
        features.add(feature);
      }
    }
    return new LayerData(layers, features);
  }

  private LayerData.Feature feature(Located f, String layerId, Set<String> kinds, Set<String> taskCodes) {
    JsonNode props = f.node().get("properties");
    if (props == null || !props.isObject()) {
      throw f.error("feature without a properties object");
    }
    Located p = new Located(props, f.file(), f.line());
    String id = Ids.check(f, p.text("id"));
    String kind = p.text("kind");
    if (!kinds.contains(kind)) {
      throw f.error("feature " + id + ": kind '" + kind + "' is not one of layer " + layerId + "'s kinds " + kinds);
    }
    List<String> tasks = p.texts("tasks");
    for (String code : tasks) {
      if (!taskCodes.contains(code)) {
        throw f.error("feature " + id + " names unknown task " + code);
      }
    }
    ObjectNode rest = ((ObjectNode) props).deepCopy();
    rest.remove(COLUMNS);
    normalizeTexts(rest);
    return new LayerData.Feature(id, layerId, p.text("name"), orEmpty(p.optionalText("name_en")), kind,
        p.text("accuracy"), orEmpty(p.optionalText("accuracy_vi")), accuracy(p, id), orEmpty(p.optionalText("source_text")),
        tasks, rest, geometry(f, id));
  }

  /**
   * The structured accuracy: a known class, metres in range, the public sources in Vietnamese (and English),
   * and metres equal to the largest "±N m" the sentence states, so that the two never tell different stories.
   */
  private static Accuracy accuracy(Located p, String id) {
    String cls = p.text("accuracy_class");
    AccuracyClass c = AccuracyClass.of(cls).orElseThrow(() ->
        p.error("feature " + id + ": accuracy_class '" + cls + "' is not one of " + AccuracyClass.ids()));
    JsonNode m = p.node().get("accuracy_m");
    if (m == null || !m.isNumber() || !(m.asDouble() >= Accuracy.MIN_METRES && m.asDouble() <= Accuracy.MAX_METRES)) {
      throw p.error("feature " + id + ": accuracy_m must be a number of metres in [" + Accuracy.MIN_METRES + ", "
          + (long) Accuracy.MAX_METRES + "]");
    }
    double stated = 0;
    Matcher pm = PLUS_MINUS.matcher(p.text("accuracy"));
    while (pm.find()) {
      stated = Math.max(stated, Double.parseDouble(pm.group(1).replace(",", "")));
    }
    if (stated != m.asDouble()) {
      throw p.error("feature " + id + ": accuracy_m " + m.asText() + " disagrees with its accuracy sentence, whose"
          + " largest stated uncertainty is " + (stated == 0 ? "missing" : "±" + stated + " m"));
    }
    return new Accuracy(c, m.asDouble(), p.text("accuracy_source"), orEmpty(p.optionalText("accuracy_source_en")));
  }

  private Geometry geometry(Located f, String id) {
    JsonNode g = f.node().get("geometry");
    if (g == null || g.isNull()) {
      throw f.error("feature " + id + " has no geometry");
    }
    Geometry geometry;
    try {
      geometry = geoJson.read(g.toString());
    } catch (ParseException | RuntimeException e) {
      throw f.error("feature " + id + ": unreadable geometry: " + e.getMessage());
    }
    geometry.setSRID(4326);
    GeometryRules.problem(geometry).ifPresent(problem -> {
      throw f.error("feature " + id + ": " + problem);
    });
    return GeometryRules.rfc7946(geometry);
  }

  private static void normalizeTexts(ObjectNode node) {
    node.fieldNames().forEachRemaining(name -> {
      JsonNode v = node.get(name);
      if (v.isTextual()) {
        node.put(name, SearchText.nfc(v.asText()));
      }
    });
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

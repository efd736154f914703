package vn.thanhhoa.planmap.layer;

import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.Timeliness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.cql2.Queryable;

/**
 * JSON Schemas (2020-12) of a layer: its features' properties, the properties CQL2 filters may name and those the
 * items can be sorted by.
 */
final class LayerSchemas {
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private LayerSchemas() {}

  /** The schema of the features' properties ({@code describedby}). */
  static Map<String, Object> schema(LayerInfo layer, String base) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("layer", text("Layer id", null));
    props.put("name", text("Tên (Vietnamese name)", null));
    props.put("name_en", text("English name", null));
    props.put("kind", text("Kind of place", kindIds(layer)));
    props.put("accuracy", text("How the geometry was drawn, and how far it may be off (English)", null));
    props.put("accuracy_vi", text("Độ chính xác: cách vẽ và sai số (Vietnamese; empty when not written)", null));
    props.put("accuracy_class", text("How the geometry was obtained, most to least certain", AccuracyClass.ids()));
    props.put("accuracy_m", Map.of("type", "number", "exclusiveMinimum", 0, "title",
        "Radius of the stated uncertainty", "unit", "m"));
    props.put("accuracy_source", text("Public sources the geometry was drawn from (Vietnamese, or as written)", null));
    props.put("accuracy_source_en", text("The same in English (empty when not given)", null));
    props.put("source_text", text("The sentence of the programme that names the place", null));
    for (String extra : layer.extraProperties()) {
      props.put(extra, text(extra, null));
    }
    props.put("task_codes", nullable("string", null, "Codes of the linked tasks, '; '-separated (e.g. 'IV.10; VI.1')"));
    props.put("lead_agency", nullable("string", null, "Lead agencies of the linked tasks, '; '-separated"));
    props.put("next_due", nullable("string", "date", "Earliest due date of a linked task not reported submitted or"
        + " done"));
    Map<String, Object> progress = nullable("string", null, "Progress of the most pressing linked task");
    progress.put("enum", Progress.ids());
    props.put("progress", progress);
    Map<String, Object> timeliness = nullable("string", null, "Timeliness of the most pressing linked task (the worst:"
        + " overdue, late, due_soon, open, on_time, ongoing)");
    timeliness.put("enum", Timeliness.ids());
    props.put("timeliness", timeliness);
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("type", "object");
    task.put("properties", Map.of(
        "code", Map.of("type", "string"), "content", Map.of("type", "string"), "lead", Map.of("type", "string"),
        "lead_ids", Map.of("type", "array", "items", Map.of("type", "string")),
        "deadline", Map.of("type", "string"), "due", Map.of("type", List.of("string", "null"), "format", "date"),
        "progress", Map.of("type", "string", "enum", Progress.ids()),
        "timeliness", Map.of("type", "string", "enum", Timeliness.ids()),
        "days_late", Map.of("type", List.of("integer", "null")),
        "days_overdue", Map.of("type", List.of("integer", "null"))));
    props.put("tasks", Map.of("type", "array", "title", "Linked programme tasks", "items", task));
    return document(layer, base + "/collections/" + layer.id() + "/schema", "Schema of " + layer.titleEn(), props);
  }

  /**
   * The properties a CQL2 {@code filter} may name ({@code queryables}), with their types: the features'
   * properties, the flat task attributes and the geometry.
   */
  static Map<String, Object> queryables(LayerInfo layer, String base) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (Queryable q : FeatureQueryables.of(List.of(layer)).values()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("title", q.title());
      switch (q.type()) {
        case GEOMETRY -> p.put("format", "geometry-any");
        case DATE -> {
          p.put("type", "string");
          p.put("format", "date");
        }
        case TIMESTAMP -> {
          p.put("type", "string");
          p.put("format", "date-time");
        }
        default -> p.put("type", q.type().jsonType());
      }
      if (!q.allowed().isEmpty()) {
        p.put("enum", q.allowed());
      }
      props.put(q.name(), p);
    }
    return document(layer, base + "/collections/" + layer.id() + "/queryables", "Queryables of " + layer.titleEn(),
        props);
  }

  /** The properties {@code sortby} may name ({@code sortables}), with their types. */
  static Map<String, Object> sortables(LayerInfo layer, String base) {
    return document(layer, base + "/collections/" + layer.id() + "/sortables", "Sortables of " + layer.titleEn(),
        Sortable.schemas());
  }

  private static Map<String, Object> document(LayerInfo layer, String id, String title, Map<String, Object> props) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", DIALECT);
    doc.put("$id", id);
    doc.put("type", "object");
    doc.put("title", title);
    doc.put("properties", props);
    doc.put("additionalProperties", false);
    return doc;
  }

  private static Map<String, Object> nullable(String type, String format, String title) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", List.of(type, "null"));
    if (format != null) {
      p.put("format", format);
    }
    p.put("title", title);
    return p;
  }

  private static Map<String, Object> text(String title, List<String> values) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "string");
    p.put("title", title);
    if (values != null) {
      p.put("enum", values);
    }
    return p;
  }

  private static List<String> kindIds(LayerInfo layer) {
    List<String> ids = new ArrayList<>();
    layer.kinds().forEach(k -> ids.add(k.path("id").asText()));
    return ids;
  }
}

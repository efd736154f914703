package vn.thanhhoa.planmap.layer;

import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.Timeliness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;

/** JSON Schemas (2020-12) of a layer: its features' properties, and the parameters its items filter by. */
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

  /** The filterable parameters of the items ({@code queryables}). */
  static Map<String, Object> queryables(LayerInfo layer, String base) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("kind", text("Kind of place", kindIds(layer)));
    props.put("task", text("Code of a linked task, e.g. VI.2", null));
    props.put("lead", text("Id of the agency leading a linked task (see /agencies)", null));
    props.put("due_before", Map.of("type", "string", "format", "date", "title", "A linked task is due on or before"));
    props.put("due_after", Map.of("type", "string", "format", "date", "title", "A linked task is due on or after"));
    props.put("overdue", Map.of("type", "boolean", "title", "A linked task is overdue: past due, not submitted or done"));
    props.put("timeliness", Map.of("type", "string", "enum", Timeliness.ids(),
        "title", "A linked task has this timeliness (comma-separated for any of several)"));
    props.put("accuracy_class", text("How the geometry was obtained (one or more, comma-separated)",
        AccuracyClass.ids()));
    props.put("q", text("Text in the name, with or without diacritics", null));
    return document(layer, base + "/collections/" + layer.id() + "/queryables", "Queryables of " + layer.titleEn(),
        props);
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

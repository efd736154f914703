package vn.thanhhoa.planmap.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.cql2.Queryable;
import vn.thanhhoa.planmap.cql2.Queryable.Type;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.Timeliness;

/**
 * The properties of features that CQL2 filters may name (and {@code /queryables} lists), each with the SQL that
 * computes it for the feature row {@code f} of {@code layer/select_features.sql} and {@code count_features.sql}.
 * The flat task attributes call the V9 and V13 functions, the same the items' properties come from.
 */
public final class FeatureQueryables {
  private FeatureQueryables() {}

  /** The queryables of features of these layers, in the order of the queryables document. */
  public static Map<String, Queryable> of(List<LayerInfo> layers) {
    List<String> kinds = new ArrayList<>();
    TreeSet<String> extras = new TreeSet<>();
    for (LayerInfo layer : layers) {
      layer.kinds().forEach(k -> kinds.add(k.path("id").asText()));
      extras.addAll(layer.extraProperties());
    }
    Map<String, Queryable> q = new LinkedHashMap<>();
    add(q, Queryable.of("id", Type.STRING, "Feature id", "f.id"));
    add(q, new Queryable("layer", Type.STRING, "Layer id (collection)", "f.layer_id", List.of(),
        layers.stream().map(LayerInfo::id).toList()));
    add(q, Queryable.of("name", Type.STRING, "Tên (Vietnamese name)", "f.name"));
    add(q, Queryable.of("name_en", Type.STRING, "English name", "f.name_en"));
    add(q, new Queryable("kind", Type.STRING, "Kind of place", "f.kind", List.of(), kinds));
    add(q, Queryable.of("accuracy", Type.STRING, "How the geometry was drawn, and how far it may be off",
        "f.accuracy"));
    add(q, Queryable.of("accuracy_vi", Type.STRING, "The accuracy sentence in Vietnamese", "f.accuracy_vi"));
    add(q, new Queryable("accuracy_class", Type.STRING, "How the geometry was obtained", "f.accuracy_class",
        List.of(), AccuracyClass.ids()));
    add(q, Queryable.of("accuracy_m", Type.NUMBER, "Radius of the stated uncertainty, metres", "f.accuracy_m"));
    add(q, Queryable.of("accuracy_source", Type.STRING, "The public sources of the geometry (Vietnamese)",
        "f.accuracy_source"));
    add(q, Queryable.of("accuracy_source_en", Type.STRING, "The public sources of the geometry (English)",
        "f.accuracy_source_en"));
    add(q, Queryable.of("source_text", Type.STRING, "The sentence of the programme that names the place",
        "f.source_text"));
    add(q, Queryable.of("task_codes", Type.STRING, "Codes of the linked tasks, '; '-separated (e.g. 'IV.10; VI.1')",
        "feature_task_codes(f.id)"));
    add(q, Queryable.of("lead_agency", Type.STRING, "Lead agencies of the linked tasks, '; '-separated",
        "feature_lead_agency(f.id)"));
    add(q, Queryable.of("next_due", Type.DATE, "Earliest due date of a linked task not reported submitted or done",
        "feature_next_due(f.id, p.as_of)"));
    add(q, new Queryable("progress", Type.STRING, "Progress of the most pressing linked task",
        "(feature_state(f.id, p.today, p.as_of)).progress", List.of(), Progress.ids()));
    add(q, new Queryable("timeliness", Type.STRING, "Timeliness of the most pressing linked task (the worst)",
        "(feature_state(f.id, p.today, p.as_of)).timeliness", List.of(), Timeliness.ids()));
    for (String extra : extras) {
      if (!q.containsKey(extra)) {
        add(q, new Queryable(extra, Type.STRING, extra, "(f.properties ->> ?)", List.of(extra), List.of()));
      }
    }
    add(q, Queryable.of("geometry", Type.GEOMETRY, "The feature's geometry", "f.geom"));
    return q;
  }

  private static void add(Map<String, Queryable> q, Queryable queryable) {
    q.put(queryable.name(), queryable);
  }
}

package vn.thanhhoa.planmap.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.geo.GeometryRules;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * Changes a feature's attributes, task links and geometry in one transaction: checks the version the
 * editor started from (409 with the current state when someone saved in between), validates the
 * geometry, and appends the before and after states to the history.
 */
public final class FeatureEditor {
  /** The fields an editor may change, and their maximum lengths. */
  static final Map<String, Integer> TEXT_FIELDS =
      Map.of("name", 300, "name_en", 300, "kind", 60, "accuracy", 1000, "accuracy_vi", 1000, "source_text", 4000);
  /** Every member a PATCH body may hold. */
  static final Set<String> FIELDS = fields();
  /** Geometries closer than this (degrees, about 1 cm) count as unchanged: the editable state is rounded to 7 decimals. */
  private static final double SAME_GEOMETRY = 1e-7;

  private final Jdbc jdbc;
  private final History history;
  private final ObjectMapper mapper;
  private final GeometryFactory wgs84 = new GeometryFactory(new PrecisionModel(), 4326);

  public FeatureEditor(Jdbc jdbc, History history, ObjectMapper mapper) {
    this.jdbc = jdbc;
    this.history = history;
    this.mapper = mapper;
  }

  /** The editable state of a feature: layer, attributes, geometry (GeoJSON), tasks, version. */
  public ObjectNode state(String id) {
    return jdbc.transaction("reading feature " + id, tx -> view(load(tx, id)));
  }

  /**
   * Applies the changes of the body to the feature, if it is still at {@code baseVersion}. {@code accuracy} is
   * either the sentence (text) or the structured statement {@code {"class", "metres", "source", "source_en"}}
   * (see {@link Accuracy#fromJson}); the structured one rewrites both sentences from it unless the body
   * also sets {@code accuracy_vi} (a body cannot set the English sentence and the structure at once).
   *
   * @return the new editable state
   */
  public ObjectNode edit(String id, int baseVersion, JsonBody body, User editor) {
    Change change = change(body);
    return jdbc.transaction("editing feature " + id, tx -> apply(tx, id, baseVersion, change, editor, "edit", null));
  }

  /**
   * The same edit, with the same checks and history, inside the caller's transaction and on the feature's
   * current version (imports apply many at once, all or none).
   *
   * @param action the history's action ("import" …)
   * @param note   the history's note, saying why in words
   * @return the new editable state
   */
  public ObjectNode edit(Jdbc.Tx tx, String id, JsonBody body, User editor, String action, String note)
      throws SQLException {
    Change change = change(body);
    return apply(tx, id, load(tx, id).version(), change, editor, action, note);
  }

  /** What a body asks to change. */
  private record Change(Map<String, String> texts, Accuracy accuracy, Geometry geometry, List<String> tasks,
      JsonNode properties) {}

  private Change change(JsonBody body) {
    Map<String, String> texts = new LinkedHashMap<>();
    JsonNode accuracyNode = body.node("accuracy");
    Accuracy accuracy = accuracyNode != null && accuracyNode.isObject() ? Accuracy.fromJson(accuracyNode, "accuracy")
        : null;
    TEXT_FIELDS.forEach((field, max) -> {
      if (accuracy != null && field.equals("accuracy")) {
        return;
      }
      String v = field.equals("name") ? body.nonEmptyText(field, max) : body.text(field, max);
      if (v != null) {
        texts.put(field, v);
      }
    });
    Geometry geometry = body.has("geometry") ? geometry(body.node("geometry")) : null;
    List<String> tasks = body.has("tasks") ? codes(body.node("tasks")) : null;
    JsonNode properties = body.has("properties") ? body.node("properties") : null;
    if (properties != null && !properties.isObject()) {
      throw new BadRequestException("properties", "'properties' must be a JSON object");
    }
    return new Change(texts, accuracy, geometry, tasks, properties);
  }

  private ObjectNode apply(Jdbc.Tx tx, String id, int baseVersion, Change change, User editor, String action,
      String note) throws SQLException {
    Map<String, String> texts = change.texts();
    Geometry geometry = change.geometry();
    List<String> tasks = change.tasks();
    Loaded before = load(tx, id);
    if (before.version() != baseVersion) {
      throw conflict(id, baseVersion, before, texts, change.accuracy(), geometry, tasks);
    }
    requireKnownTasks(tx, tasks);
    if (texts.containsKey("kind") && !tx.one("edit/layer_has_kind", rs -> rs.getBoolean(1), before.layer(),
        texts.get("kind")).orElse(false)) {
      throw new BadRequestException("kind", "'" + texts.get("kind") + "' is not a kind of layer " + before.layer());
    }
    ObjectNode s = before.state().deepCopy();
    if (change.accuracy() != null) {
      AccuracyState.apply(s, change.accuracy());
    }
    texts.forEach(s::put);
    if (change.properties() != null) {
      s.set("properties", change.properties());
    }
    Geometry old = readEwkt(s.path("geom").asText());
    boolean moved = geometry != null && !geometry.equalsExact(old, SAME_GEOMETRY);
    Geometry g = moved ? geometry : old;
    if (moved) {
      s.put("geom", "SRID=4326;" + geometry.toText());
    }
    if (tasks != null) {
      s.set("tasks", mapper.valueToTree(tasks));
    }
    if (sortedTasks(s).equals(sortedTasks(before.state()))) {
      return view(before); // nothing changes: no new version, no history row
    }
    tx.update("edit/update_feature", s.path("name").asText(), s.path("name_en").asText(), s.path("kind").asText(),
        s.path("accuracy").asText(), s.path("source_text").asText(), s.path("properties").toString(),
        new WKBWriter(2).write(g), SearchText.fold(s.path("name").asText() + " " + s.path("name_en").asText()),
        s.path("accuracy_vi").asText(), s.path("accuracy_class").asText(), s.path("accuracy_m").decimalValue(),
        s.path("accuracy_source").asText(), s.path("accuracy_source_en").asText(), id, before.version());
    if (tasks != null) {
      tx.update("edit/delete_feature_tasks", id);
      for (String code : tasks) {
        tx.update("geodata/insert_feature_task", id, code);
      }
    }
    Loaded after = load(tx, id);
    history.append(tx, "feature", id, action, editor.actor(), before.state(), after.state(), note);
    return view(after);
  }

  private record Loaded(String layer, ObjectNode state) {
    int version() {
      return state.path("version").asInt();
    }
  }

  /** Records a place just inserted in the transaction (history: no "before"), and gives its editable state. */
  ObjectNode created(Jdbc.Tx tx, String id, User editor, String action, String note) throws SQLException {
    Loaded after = load(tx, id);
    history.append(tx, "feature", id, action, editor.actor(), null, after.state(), note);
    return view(after).put("id", id);
  }

  private Loaded load(Jdbc.Tx tx, String id) throws SQLException {
    return tx.one("edit/select_feature_state", rs -> new Loaded(rs.getString(1), (ObjectNode) read(rs.getString(2))),
        id).orElseThrow(() -> new NotFoundException("no feature '" + id + "'"));
  }

  private ObjectNode view(Loaded l) {
    ObjectNode v = l.state().deepCopy();
    v.put("layer", l.layer());
    v.remove("geom");
    try {
      v.set("geometry", read(new org.locationtech.jts.io.geojson.GeoJsonWriter(7)
          .write(readEwkt(l.state().path("geom").asText()))));
    } catch (RuntimeException e) {
      throw new IllegalStateException("stored geometry unreadable", e);
    }
    return v;
  }

  private ProblemException conflict(String id, int base, Loaded current, Map<String, String> texts, Accuracy accuracy,
      Geometry geometry, List<String> tasks) {
    List<String> changed = new ArrayList<>();
    if (accuracy != null) {
      changed.add("accuracy");
    }
    texts.forEach((k, v) -> {
      if (!current.state().path(k).asText().equals(v)) {
        changed.add(k);
      }
    });
    if (geometry != null) {
      changed.add("geometry");
    }
    if (tasks != null) {
      changed.add("tasks");
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("your_version", base);
    extra.put("current_version", current.version());
    extra.put("current", view(current));
    extra.put("fields_you_would_overwrite", changed);
    extra.put("history", "/history?entity=feature&id=" + id);
    return ProblemException.conflict("feature '" + id + "' was saved by someone else since version " + base
        + " (now version " + current.version() + "); nothing was saved: merge with the current state and save again",
        extra);
  }

  private Geometry geometry(JsonNode node) {
    Geometry g;
    try {
      g = new GeoJsonReader(wgs84).read(node.toString());
    } catch (ParseException | RuntimeException e) {
      throw new BadRequestException("geometry", "'geometry' is not a GeoJSON geometry: " + e.getMessage());
    }
    g.setSRID(4326);
    GeometryRules.problem(g).ifPresent(p -> {
      throw new BadRequestException("geometry", p);
    });
    return GeometryRules.rfc7946(g);
  }

  /** The task codes of the body, each once, sorted. */
  private static List<String> codes(JsonNode node) {
    if (!node.isArray()) {
      throw new BadRequestException("tasks", "'tasks' must be an array of task codes");
    }
    TreeSet<String> out = new TreeSet<>();
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      JsonNode n = it.next();
      if (!n.isTextual() || !n.textValue().matches("^[IVX]+(\\.[0-9]{1,3})?$")) {
        throw new BadRequestException("tasks", "not a task code: " + n, "I … XI, or a code such as VI.2");
      }
      out.add(n.textValue());
    }
    return new ArrayList<>(out);
  }

  /** Refuses links to tasks that do not exist, naming the first unknown code. */
  private static void requireKnownTasks(Jdbc.Tx tx, List<String> tasks) throws SQLException {
    if (tasks == null || tasks.isEmpty()) {
      return;
    }
    List<String> unknown = tx.list("edit/select_unknown_task_codes", rs -> rs.getString(1),
        (Object) tasks.toArray(String[]::new));
    if (!unknown.isEmpty()) {
      throw new BadRequestException("tasks", "unknown task code" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown) + " (see /tasks)");
    }
  }

  /** A state with its task codes sorted as {@link #codes} sorts them, for comparing. */
  private ObjectNode sortedTasks(ObjectNode state) {
    ObjectNode copy = state.deepCopy();
    TreeSet<String> sorted = new TreeSet<>();
    state.path("tasks").forEach(t -> sorted.add(t.asText()));
    copy.set("tasks", mapper.valueToTree(new ArrayList<>(sorted)));
    return copy;
  }

  private static Set<String> fields() {
    Set<String> f = new java.util.HashSet<>(TEXT_FIELDS.keySet());
    f.addAll(List.of("geometry", "tasks", "properties"));
    return Set.copyOf(f);
  }

  private Geometry readEwkt(String ewkt) {
    try {
      return new WKTReader(wgs84).read(ewkt.substring(ewkt.indexOf(';') + 1));
    } catch (ParseException e) {
      throw new IllegalStateException("stored geometry unreadable: " + ewkt, e);
    }
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

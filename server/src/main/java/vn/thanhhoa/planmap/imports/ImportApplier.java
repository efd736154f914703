package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.edit.FeatureCreator;
import vn.thanhhoa.planmap.edit.FeatureEditor;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.JsonBody;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.ProblemException;

/**
 * Applies an import's assignments in one transaction, all or none: each assigned feature replaces an
 * existing place's geometry (through the edit path: validation, region check, history) or becomes a new
 * place in a layer and kind; every place changed gets the accuracy the editor stated, and a history row
 * noting "imported from &lt;file&gt; (&lt;format&gt;, &lt;CRS&gt;) by &lt;user&gt;". An import is applied once.
 */
public final class ImportApplier {
  private static final Set<String> ASSIGN_FIELDS = Set.of("index", "feature", "layer", "name", "name_en", "kind");

  private final Imports imports;
  private final Jdbc jdbc;
  private final FeatureEditor editor;
  private final FeatureCreator creator;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final GeometryFactory wgs84 = new GeometryFactory(new PrecisionModel(), 4326);

  public ImportApplier(Imports imports, Jdbc jdbc, FeatureEditor editor, ObjectMapper mapper, Clock clock) {
    this.imports = imports;
    this.jdbc = jdbc;
    this.editor = editor;
    this.creator = new FeatureCreator(editor);
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * Applies {@code body} ({@code {"assign": [...], "accuracy": {...}}}) to import {@code id}.
   *
   * @return {@code {"id", "places": [{"id", "layer", "name", "action": "replaced"|"created", "version"}]}}
   */
  public ObjectNode apply(String id, JsonBody body, User user) {
    JsonNode accuracyNode = body.node("accuracy");
    if (accuracyNode == null || !accuracyNode.isObject()) {
      throw new BadRequestException("accuracy", "'accuracy' must say how accurate the file is: {\"class\": one of "
          + AccuracyClass.ids() + ", \"metres\": n, \"source\": \"…\"}", AccuracyClass.ids());
    }
    Accuracy accuracy = Accuracy.fromJson(accuracyNode, "accuracy");
    JsonNode assign = body.node("assign");
    if (assign == null || !assign.isArray() || assign.isEmpty()) {
      throw new BadRequestException("assign", "'assign' must list at least one {\"index\", \"feature\"} or"
          + " {\"index\", \"layer\", \"name\", \"kind\"}");
    }
    return jdbc.transaction("applying import " + id, tx -> {
      ImportStore.Stored s = imports.store().lock(tx, id, clock.instant()).orElseThrow(() -> Imports.unknown(id));
      if (s.expired()) {
        throw Imports.expired(id);
      }
      if (s.applied()) {
        throw ProblemException.conflict("import '" + id + "' was already applied; upload the file again to"
            + " import it once more", null);
      }
      ArrayNode features = (ArrayNode) s.document().path("features");
      String note = "imported from " + s.filename() + " (" + s.document().path("format_title").asText() + ", "
          + s.crs() + ") by " + user.username();
      ObjectNode out = mapper.createObjectNode();
      out.put("id", id);
      ArrayNode places = out.putArray("places");
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < assign.size(); i++) {
        String field = "assign[" + i + "]";
        JsonNode a = checked(assign.get(i), field);
        int index = a.path("index").asInt();
        if (!seen.add(index)) {
          throw new BadRequestException(field + ".index", "feature " + index + " is assigned twice");
        }
        if (index >= features.size()) {
          throw new BadRequestException(field + ".index", "the import has no feature " + index + " (it holds "
              + features.size() + ")");
        }
        JsonNode geometry = features.get(index).path("geometry");
        ObjectNode place;
        if (a.has("feature")) {
          ObjectNode change = mapper.createObjectNode();
          change.set("geometry", geometry);
          change.set("accuracy", accuracyNode);
          try {
            place = editor.edit(tx, a.path("feature").asText(), JsonBody.of(change), user, "import", note);
          } catch (NotFoundException e) {
            throw new BadRequestException(field + ".feature", "there is no place '" + a.path("feature").asText()
                + "'");
          }
          place.put("id", a.path("feature").asText());
          place.put("action", "replaced");
        } else {
          JsonBody b = JsonBody.of((ObjectNode) a);
          place = creator.create(tx, new FeatureCreator.NewPlace(b.requiredText("layer", 60),
              b.requiredText("kind", 60), b.requiredText("name", 300), orEmpty(b.text("name_en", 300)),
              accuracy, geometry(geometry)), user, "import", note, field);
          place.put("action", "created");
        }
        places.add(summary(place));
      }
      imports.store().markApplied(tx, id);
      return out;
    });
  }

  private ObjectNode summary(ObjectNode place) {
    ObjectNode o = mapper.createObjectNode();
    for (String k : List.of("id", "layer", "name", "kind", "action", "version", "accuracy", "geometry")) {
      if (place.has(k)) {
        o.set(k, place.get(k));
      }
    }
    return o;
  }

  private static JsonNode checked(JsonNode a, String field) {
    if (a == null || !a.isObject()) {
      throw new BadRequestException(field, field + " must be an object");
    }
    for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!ASSIGN_FIELDS.contains(k)) {
        throw new BadRequestException(field + "." + k, "unknown field '" + k + "' in " + field, ASSIGN_FIELDS);
      }
    }
    if (!a.path("index").isInt() || a.path("index").asInt() < 0) {
      throw new BadRequestException(field + ".index", field + ".index must be a feature's index (a whole number"
          + " from 0)");
    }
    boolean existing = a.has("feature");
    boolean created = a.has("layer") || a.has("kind") || a.has("name") || a.has("name_en");
    if (existing == created) {
      throw new BadRequestException(field, field + " must name either an existing place (\"feature\") or a new one"
          + " (\"layer\", \"name\", \"kind\")");
    }
    if (existing && (!a.get("feature").isTextual() || a.get("feature").asText().isBlank())) {
      throw new BadRequestException(field + ".feature", field + ".feature must be a place's id");
    }
    return a;
  }

  private Geometry geometry(JsonNode node) {
    try {
      Geometry g = new GeoJsonReader(wgs84).read(node.toString());
      g.setSRID(4326);
      return g;
    } catch (ParseException e) {
      throw new IllegalStateException("a stored import's geometry is unreadable", e);
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

package vn.thanhhoa.planmap.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.http.NotFoundException;
import vn.thanhhoa.planmap.http.ProblemException;

/**
 * Uploads become imports: read and checked ({@link ImportReader}), matched to places ({@link PlaceMatcher}),
 * stored for a day ({@link ImportStore}) and answered as one document: {@code id, filename, format, crs,
 * crs_title, crs_from, axis_swapped, created_at, expires_at, applied, features: [{index, layer, name,
 * properties, geometry (WGS84 GeoJSON), matches: [{feature, layer, name, score, name_score, overlap}]}]}.
 */
public final class Imports {
  /** How long an import waits to be applied. */
  static final Duration LIFETIME = Duration.ofDays(1);

  private final ImportReader reader;
  private final PlaceMatcher matcher;
  private final ImportStore store;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Imports(ImportReader reader, Jdbc jdbc, ObjectMapper mapper, Clock clock) {
    this.reader = reader;
    this.matcher = new PlaceMatcher(jdbc);
    this.store = new ImportStore(jdbc, mapper);
    this.mapper = mapper;
    this.clock = clock;
  }

  ImportStore store() {
    return store;
  }

  /** Reads, checks, matches and stores an upload; returns its document. */
  public ObjectNode create(String filename, InputStream body, Crs chosen, User editor) {
    ImportedFile file = reader.read(filename, body, chosen);
    Map<Integer, List<PlaceMatcher.Match>> matches = matcher.match(file.features());
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(LIFETIME);
    ObjectNode doc = mapper.createObjectNode();
    doc.put("id", id);
    doc.put("filename", filename);
    doc.put("format", file.format().id());
    doc.put("format_title", file.format().title());
    doc.put("crs", "EPSG:" + file.crs().epsg());
    doc.put("crs_title", file.crs().title());
    doc.put("crs_from", file.crsFrom());
    doc.put("axis_swapped", file.axisSwapped());
    doc.put("created_by", editor.username());
    doc.put("created_at", now.toString());
    doc.put("expires_at", expires.toString());
    ArrayNode features = doc.putArray("features");
    GeoJsonWriter geojson = new GeoJsonWriter(7);
    geojson.setEncodeCRS(false);
    for (ImportedFeature f : file.features()) {
      ObjectNode o = features.addObject();
      o.put("index", f.index());
      o.put("layer", f.layer());
      o.put("name", PlaceMatcher.nameOf(f.properties()));
      o.set("properties", f.properties());
      try {
        o.set("geometry", mapper.readTree(geojson.write(f.geometry())));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      o.set("matches", mapper.valueToTree(matches.getOrDefault(f.index(), List.of()).stream()
          .map(m -> Map.of("feature", m.feature(), "layer", m.layer(), "name", m.name(), "score", m.score(),
              "name_score", m.nameScore(), "overlap", m.overlap())).toList()));
    }
    store.save(id, editor.id(), filename, file.format().id(), "EPSG:" + file.crs().epsg(), doc, now, expires);
    doc.put("applied", false);
    return doc;
  }

  /** An import's document; 404 when unknown, 410 when expired. */
  public ObjectNode get(String id) {
    ImportStore.Stored s = store.find(id, clock.instant()).orElseThrow(() -> unknown(id));
    if (s.expired()) {
      throw expired(id);
    }
    ObjectNode doc = s.document();
    doc.put("applied", s.applied());
    return doc;
  }

  static NotFoundException unknown(String id) {
    return new NotFoundException("no import '" + id + "' (imports are kept for a day after their upload)");
  }

  static ProblemException expired(String id) {
    return new ProblemException(410, "Gone", "import '" + id + "' expired (imports are kept for a day):"
        + " upload the file again", null);
  }
}

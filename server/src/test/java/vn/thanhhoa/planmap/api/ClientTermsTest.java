package vn.thanhhoa.planmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.Json;

/** What {@code /config} tells the map about the API's vocabularies, as JSON (its wire form). */
class ClientTermsTest {
  private final JsonNode terms = Json.mapper().valueToTree(ClientTerms.build());

  private static List<String> texts(JsonNode array, String member) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(member == null ? n.asText() : n.path(member).asText()));
    return out;
  }

  @Test
  void rolesLeastToMostRights() {
    assertEquals(List.of("viewer", "reporter", "editor", "admin"), texts(terms.path("roles"), null));
    assertEquals(List.of("reporter", "editor", "admin"), texts(terms.path("accountRoles"), null));
  }

  @Test
  void whatEachRoleMayDo() {
    JsonNode p = terms.path("permissions");
    assertEquals(List.of("report", "review", "edit", "import", "scans", "indicators", "accounts"),
        names(p.fieldNames()));
    assertEquals(List.of("reporter", "admin"), texts(p.path("report"), null));
    assertEquals(List.of("editor", "admin"), texts(p.path("review"), null));
    assertEquals(List.of("admin"), texts(p.path("accounts"), null));
  }

  private static List<String> names(java.util.Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  @Test
  void exportFormatsWithWhetherTheyTakeACrs() {
    assertEquals(List.of("gpkg", "shp", "kml", "geojson", "csv", "xlsx", "pack"),
        texts(terms.path("exportFormats"), "id"));
    assertEquals(List.of("true", "true", "false", "false", "true", "true", "true"),
        texts(terms.path("exportFormats"), "projectable"));
  }

  @Test
  void coordinateSystemsByNameEpsgAndUri() {
    assertEquals(List.of("wgs84", "vn2000-utm48", "vn2000-thanhhoa"), texts(terms.path("crs"), "id"));
    assertEquals(List.of("4326", "3405", "5897"), texts(terms.path("crs"), "epsg"));
    assertEquals(List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "http://www.opengis.net/def/crs/EPSG/0/3405",
        "http://www.opengis.net/def/crs/EPSG/0/5897"), texts(terms.path("crs"), "uri"));
  }

  @Test
  void statusesInTheirOrder() {
    assertEquals(List.of("not_reported", "not_started", "in_progress", "submitted", "done", "blocked"),
        texts(terms.path("progress"), null));
    assertEquals(List.of("not_started", "in_progress", "submitted", "done", "blocked"),
        texts(terms.path("reportStatuses"), null));
    assertEquals(List.of("on_time", "late", "overdue", "due_soon", "open", "ongoing"),
        texts(terms.path("timeliness"), null));
    assertEquals(List.of("surveyed", "from_plan", "inferred", "schematic", "not_located"),
        texts(terms.path("accuracyClasses"), null));
  }

  @Test
  void attachmentAndScanPolicies() {
    assertEquals(List.of("application/pdf", "image/png", "image/jpeg"),
        texts(terms.path("attachments").path("types"), null));
    assertEquals(List.of(".pdf", ".png", ".jpg", ".jpeg"), texts(terms.path("attachments").path("extensions"), null));
    assertEquals(5 * 1024 * 1024, terms.path("attachments").path("maxBytes").asInt());
    assertEquals(List.of("image/png", "image/jpeg"), texts(terms.path("scans").path("types"), null));
    assertEquals(20 * 1024 * 1024, terms.path("scans").path("maxBytes").asInt());
  }
}

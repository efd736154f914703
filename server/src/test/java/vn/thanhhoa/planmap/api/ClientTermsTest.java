package vn.thanhhoa.planmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertEquals(List.of("report", "report_for_any_agency", "review", "edit", "import", "scans", "indicators",
        "accounts"),
        names(p.fieldNames()));
    assertEquals(List.of("reporter", "admin"), texts(p.path("report"), null));
    assertEquals(List.of("editor", "admin"), texts(p.path("review"), null));
    assertEquals(List.of("admin"), texts(p.path("accounts"), null));
    assertEquals(List.of("admin"), texts(p.path("report_for_any_agency"), null));
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
    assertEquals(List.of("true", "true", "true", "true", "true", "false", "true"),
        texts(terms.path("exportFormats"), "hasCrs"), "the tasks workbook has no geometry");
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
        texts(terms.path("progress"), "id"));
    assertEquals(List.of("not_started", "in_progress", "submitted", "done", "blocked"),
        texts(terms.path("reportStatuses"), null));
    assertEquals(List.of("overdue", "late", "due_soon", "open", "on_time", "ongoing"),
        texts(terms.path("timeliness"), "id"), "most pressing first");
    assertEquals(List.of("surveyed", "from_plan", "inferred", "schematic", "not_located"),
        texts(terms.path("accuracyClasses"), "id"));
    assertEquals(30, terms.path("dueSoonDays").asInt());
  }

  @Test
  void eachValueCarriesItsWordsInBothLanguages() {
    for (String vocabulary : List.of("progress", "timeliness", "accuracyClasses")) {
      for (JsonNode value : terms.path(vocabulary)) {
        String vi = value.path("vi").asText();
        String en = value.path("en").asText();
        assertTrue(!vi.isBlank() && !en.isBlank() && !vi.equals(en), vocabulary + ": " + value);
        assertEquals(java.text.Normalizer.normalize(vi, java.text.Normalizer.Form.NFC), vi, "NFC: " + value);
      }
    }
    assertEquals("Quá hạn", terms.path("timeliness").get(0).path("vi").asText());
    assertEquals("Overdue", terms.path("timeliness").get(0).path("en").asText());
  }

  @Test
  void theCoordinateSystemsOfDrawingsAndScans() {
    assertEquals(List.of("EPSG:4326", "EPSG:5897", "EPSG:3405"), texts(terms.path("importCrs"), null));
    assertEquals(List.of("EPSG:5897", "EPSG:3405"), texts(terms.path("scanCrs"), null));
  }

  /**
   * web/test/config-terms.json is these terms as the node tests read them (the browser reads /config): it must be
   * what the server serves. {@code ./planmap test-fast -Dtest=ClientTermsTest -Dplanmap.bless=true} rewrites it.
   */
  @Test
  void theNodeTestsFixtureIsWhatTheServerServes() throws Exception {
    Path fixture = Path.of("..", "web", "test", "config-terms.json");
    String served = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(terms) + "\n";
    if (Boolean.getBoolean("planmap.bless")) {
      Files.writeString(fixture, served);
    }
    assertEquals(terms, Json.mapper().readTree(Files.readString(fixture)),
        "web/test/config-terms.json is stale: re-bless it (see this test's comment)");
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

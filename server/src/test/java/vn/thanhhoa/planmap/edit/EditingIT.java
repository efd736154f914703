package vn.thanhhoa.planmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerPerClass;

/** Editors change places and tasks; optimistic locking, validation, history and the as-of view. */
class EditingIT extends ServerPerClass {
  private static final String NEW_LINE = "{\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
      + "[[105.779,19.851],[105.801,19.843],[105.832,19.824]]}}";

  @BeforeAll
  static void start() {
    Browserless.account(server.database, "an.editor", Role.EDITOR, List.of());
    Browserless.account(server.database, "binh.editor", Role.EDITOR, List.of());
    Browserless.account(server.database, "city.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
  }


  private static Browserless as(String user) {
    return new Browserless(server.url("")).signedIn(user);
  }

  @Test
  void theSecondOfTwoConcurrentSavesIsRefusedWith409AndLosesNothing() {
    Browserless an = as("an.editor");
    Browserless binh = as("binh.editor");
    var state = an.get("/edit/features/pho-le-hoan");
    String etag = state.headers().firstValue("ETag").orElseThrow();
    assertEquals(etag, binh.get("/edit/features/pho-le-hoan").headers().firstValue("ETag").orElseThrow());
    var first = an.write("PATCH", "/edit/features/pho-le-hoan", "{\"name\":\"Phố Lê Hoàn (đã chỉnh)\"}",
        "If-Match", etag);
    assertEquals(200, first.statusCode(), first.body());
    var second = binh.write("PATCH", "/edit/features/pho-le-hoan", "{\"name\":\"Phố Lê Hoàn (bản khác)\"}",
        "If-Match", etag);
    assertEquals(409, second.statusCode(), second.body());
    JsonNode problem = Browserless.read(second.body());
    assertEquals("Phố Lê Hoàn (đã chỉnh)", problem.path("current").path("name").asText(), "told what changed");
    assertEquals(List.of("name"), List.of(problem.path("fields_you_would_overwrite").get(0).asText()));
    assertEquals("Phố Lê Hoàn (đã chỉnh)", server.json("/collections/roads/items/pho-le-hoan", 200)
        .path("properties").path("name").asText(), "the first save is kept");
    assertEquals(428, binh.write("PATCH", "/edit/features/pho-le-hoan", "{\"name\":\"x\"}").statusCode());
  }

  @Test
  void aRedrawnRoadKeepsBothGeometriesInItsHistoryAndTheAsOfViewShowsTheOld() {
    Browserless an = as("an.editor");
    JsonNode before = server.json("/collections/roads/items/dai-lo-bac-song-ma", 200).path("geometry");
    String etag = an.get("/edit/features/dai-lo-bac-song-ma").headers().firstValue("ETag").orElseThrow();
    var saved = an.write("PATCH", "/edit/features/dai-lo-bac-song-ma", NEW_LINE, "If-Match", etag);
    assertEquals(200, saved.statusCode(), saved.body());
    JsonNode after = server.json("/collections/roads/items/dai-lo-bac-song-ma", 200).path("geometry");
    assertEquals(105.779, after.path("coordinates").get(0).get(0).asDouble(), 1e-9);
    JsonNode h = Browserless.read(an.get("/history?entity=feature&id=dai-lo-bac-song-ma").body()).path("history")
        .get(0);
    assertEquals("an.editor", h.path("username").asText());
    assertTrue(h.path("before").path("geom").asText().startsWith("SRID=4326;LINESTRING"));
    assertNotEquals(h.path("before").path("geom").asText(), h.path("after").path("geom").asText());
    JsonNode old = server.json("/collections/roads/items/dai-lo-bac-song-ma?as_of=2026-11-26", 200).path("geometry");
    assertEquals(before, old, "as of yesterday: the geometry as it was");
  }

  @Test
  void invalidOrOutOfRegionGeometriesAndUnknownKindsAreRefused() {
    Browserless an = as("an.editor");
    String etag = an.get("/edit/features/kcn-le-mon").headers().firstValue("ETag").orElseThrow();
    String bowtie = "{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105.80,19.78],[105.82,19.80],"
        + "[105.82,19.78],[105.80,19.80],[105.80,19.78]]]}}";
    var r = an.write("PATCH", "/edit/features/kcn-le-mon", bowtie, "If-Match", etag);
    assertEquals(400, r.statusCode());
    assertEquals("geometry", Browserless.read(r.body()).path("parameter").asText());
    assertEquals(400, an.write("PATCH", "/edit/features/kcn-le-mon", "{\"geometry\":{\"type\":\"Point\","
        + "\"coordinates\":[2.35,48.85]}}", "If-Match", etag).statusCode(), "Paris is not in Thanh Hóa");
    assertEquals(400, an.write("PATCH", "/edit/features/kcn-le-mon", "{\"kind\":\"casino\"}", "If-Match", etag)
        .statusCode());
    assertEquals(400, an.write("PATCH", "/edit/features/kcn-le-mon", "{\"tasks\":[\"XX.1\"]}", "If-Match", etag)
        .statusCode(), "unknown task");
    assertEquals(etag, an.get("/edit/features/kcn-le-mon").headers().firstValue("ETag").orElseThrow(),
        "nothing was saved");
  }

  @Test
  void editorsRelinkTasksAndReportersCannotEdit() {
    Browserless an = as("an.editor");
    String etag = an.get("/edit/features/nui-do").headers().firstValue("ETag").orElseThrow();
    assertEquals(403, as("city.reporter").write("PATCH", "/edit/features/nui-do", "{\"tasks\":[\"IV.8\",\"VI.1\"]}",
        "If-Match", etag).statusCode());
    var r = an.write("PATCH", "/edit/features/nui-do", "{\"tasks\":[\"IV.8\",\"VI.1\"]}", "If-Match", etag);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(server.json("/tasks/VI.1", 200).path("places").toString().contains("nui-do"));
  }

  @Test
  void editorsChangeTaskDataWithTheDeadlineReparsed() {
    Browserless an = as("an.editor");
    String etag = an.get("/edit/tasks/VII.3").headers().firstValue("ETag").orElseThrow();
    assertEquals(400, an.write("PATCH", "/edit/tasks/VII.3", "{\"deadline_text\":\"sớm nhất có thể\"}", "If-Match",
        etag).statusCode());
    var r = an.write("PATCH", "/edit/tasks/VII.3", "{\"deadline_text\":\"Quý IV/2026\"}", "If-Match", etag);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("2026-12-31", server.json("/tasks/VII.3", 200).path("due_date").asText());
    assertEquals(409, an.write("PATCH", "/edit/tasks/VII.3", "{\"note\":\"x\"}", "If-Match", etag).statusCode());
  }
}

package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thanhhoa.planmap.support.FeatureIds.sorted;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.geodata.GeodataLoader;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;
import vn.thanhhoa.planmap.support.TestServer;

/** The items API over the project's real geodata, checked against what PostGIS itself says. */
class ItemsApiIT extends ServerPerClass {

  private static List<String> layers() {
    return Sql.column(server.database.dataSource(), "SELECT id FROM layer ORDER BY sort_order");
  }

  private static Set<String> sqlIds(String sql, Object... params) {
    return new TreeSet<>(Sql.column(server.database.dataSource(), sql, params));
  }

  private static String pathOf(String href) {
    URI u = URI.create(href);
    return u.getRawPath() + "?" + u.getRawQuery();
  }

  @Test
  void pagingReachesTheEndOfEveryLayerFollowingNextLinks() {
    for (String layer : layers()) {
      long expected = Sql.count(server.database.dataSource(), "SELECT count(*) FROM feature WHERE layer_id = ?", layer);
      List<String> seen = new ArrayList<>();
      String next = "/collections/" + layer + "/items?limit=3";
      int pages = 0;
      while (next != null) {
        JsonNode page = server.json(next, 200);
        assertEquals(expected, page.path("numberMatched").asLong(), layer);
        assertEquals(page.path("features").size(), page.path("numberReturned").asInt());
        page.path("features").forEach(f -> seen.add(f.path("id").asText()));
        Set<String> rels = new HashSet<>();
        next = null;
        for (JsonNode l : page.path("links")) {
          rels.add(l.path("rel").asText());
          if (l.path("rel").asText().equals("next")) {
            next = pathOf(l.path("href").asText());
          }
        }
        assertTrue(rels.containsAll(Set.of("self", "alternate", "collection")), rels.toString());
        assertEquals(pages > 0, rels.contains("prev"), "prev exactly after the first page");
        pages++;
        assertTrue(pages < 200, "paging terminates");
      }
      assertEquals(expected, seen.size(), layer + ": every feature once");
      assertEquals(expected, new HashSet<>(seen).size(), layer + ": no duplicates across pages");
    }
  }

  @ParameterizedTest(name = "bbox {0}")
  @CsvSource(delimiter = '|', value = {
      "105.77,19.80,105.80,19.83", "105.70,19.70,105.75,19.78", "105.62,19.70,105.90,19.92", "105.80,19.84,105.81,19.85",
      "0,0,1,1"})
  void bboxMatchesPostgisIntersects(String bbox) {
    String[] b = bbox.split(",");
    for (String layer : layers()) {
      JsonNode fc = server.json("/collections/" + layer + "/items?limit=10000&bbox=" + bbox, 200);
      Set<String> expected = sqlIds("SELECT id FROM feature WHERE layer_id = ? AND ST_Intersects(geom,"
          + " ST_MakeEnvelope(?, ?, ?, ?, 4326))", layer, Double.valueOf(b[0]), Double.valueOf(b[1]),
          Double.valueOf(b[2]), Double.valueOf(b[3]));
      assertEquals(expected, sorted(fc), layer + " " + bbox);
    }
  }

  @Test
  void aBboxAcrossTheAntimeridianFindsWhatLiesOnEitherSide() throws Exception {
    JsonNode fc = server.json("/collections/roads/items?bbox=170,-10,-170,10", 200);
    assertEquals(0, fc.path("numberMatched").asLong(), "no road of Thanh Hóa lies near the antimeridian");
    try (TestServer far = TestServer.start()) {
      try (java.sql.Connection c = far.database.dataSource().getConnection();
          java.sql.PreparedStatement st = c.prepareStatement("INSERT INTO feature (id, layer_id, name, kind,"
              + " accuracy, accuracy_class, accuracy_m, geom, search_text) SELECT ?, layer_id, ?, kind, accuracy,"
              + " accuracy_class, accuracy_m, ST_GeomFromText(?, 4326), ? FROM feature WHERE layer_id = 'roads'"
              + " LIMIT 1")) {
        for (String[] f : new String[][] {{"east-of-the-line", "LINESTRING(179.2 1, 179.8 1.5)"},
            {"west-of-the-line", "LINESTRING(-179.8 -1, -179.2 -1.5)"}, {"on-the-equator", "LINESTRING(0 0, 1 1)"}}) {
          st.setString(1, f[0]);
          st.setString(2, f[0]);
          st.setString(3, f[1]);
          st.setString(4, f[0].replace('-', ' '));
          assertEquals(1, st.executeUpdate(), f[0]);
        }
      }
      JsonNode across = far.json("/collections/roads/items?bbox=170,-10,-170,10", 200);
      assertEquals(Set.of("east-of-the-line", "west-of-the-line"), sorted(across), "both halves of the box");
      assertEquals(2, across.path("numberMatched").asLong());
      assertEquals(Set.of("on-the-equator"), sorted(far.json("/collections/roads/items?bbox=-10,-10,10,10", 200)),
          "a box that does not cross the antimeridian finds only what lies inside it");
    }
  }

  @Test
  void eachFilterSelectsWhatTheDatabaseSays() {
    assertEquals(sqlIds("SELECT feature_id FROM feature_task ft JOIN feature f ON f.id = ft.feature_id"
        + " WHERE task_code = 'VI.2' AND layer_id = 'roads'"), sorted(server.json("/collections/roads/items?task=VI.2", 200)));
    assertEquals(sqlIds("SELECT DISTINCT f.id FROM feature f JOIN feature_task ft ON ft.feature_id = f.id"
        + " JOIN task_agency ta ON ta.task_code = ft.task_code AND ta.role = 'lead'"
        + " WHERE f.layer_id = 'centres' AND ta.agency_id = 'ubnd-thanh-pho-thanh-hoa'"),
        sorted(server.json("/collections/centres/items?lead=ubnd-thanh-pho-thanh-hoa", 200)));
    assertEquals(sqlIds("SELECT id FROM feature WHERE layer_id = 'roads' AND kind = 'bridge'"),
        sorted(server.json("/collections/roads/items?kind=bridge", 200)));
    assertEquals(sqlIds("SELECT DISTINCT f.id FROM feature f JOIN feature_task ft ON ft.feature_id = f.id"
        + " JOIN task t ON t.code = ft.task_code WHERE f.layer_id = 'centres' AND t.due_date <= '2023-03-31'"),
        sorted(server.json("/collections/centres/items?due_before=2023-03-31", 200)));
    assertEquals(sqlIds("SELECT DISTINCT f.id FROM feature f JOIN feature_task ft ON ft.feature_id = f.id"
        + " JOIN task t ON t.code = ft.task_code WHERE f.layer_id = 'industrial-zones' AND t.due_date >= '2022-12-31'"),
        sorted(server.json("/collections/industrial-zones/items?due_after=2022-12-31", 200)));
  }

  @Test
  void overdueSplitsALayerInTwoOnTheFixedDay() {
    for (String layer : layers()) {
      Set<String> overdue = sorted(server.json("/collections/" + layer + "/items?limit=10000&overdue=true", 200));
      Set<String> notOverdue = sorted(server.json("/collections/" + layer + "/items?limit=10000&overdue=false", 200));
      Set<String> all = sorted(server.json("/collections/" + layer + "/items?limit=10000", 200));
      Set<String> union = new TreeSet<>(overdue);
      union.addAll(notOverdue);
      assertEquals(all, union, layer);
      overdue.forEach(id -> assertFalse(notOverdue.contains(id), id));
      assertEquals(sqlIds("SELECT DISTINCT f.id FROM feature f JOIN feature_task ft ON ft.feature_id = f.id"
          + " JOIN task t ON t.code = ft.task_code WHERE f.layer_id = ?"
          + " AND (task_state(t.code, t.due_date, DATE '2026-11-27', NULL)).timeliness = 'overdue'", layer), overdue,
          layer);
      assertEquals(overdue, sorted(server.json("/collections/" + layer + "/items?limit=10000&timeliness=overdue", 200)),
          layer);
    }
    JsonNode centre = server.json("/collections/centres/items?limit=1&task=IV.10", 200).path("features").get(0);
    JsonNode task = centre.path("properties").path("tasks").get(0);
    assertEquals("IV.10", task.path("code").asText());
    assertEquals("Quý I/2023", task.path("deadline").asText());
    assertEquals("2023-03-31", task.path("due").asText());
    assertEquals("not_reported", task.path("progress").asText());
    assertEquals("overdue", task.path("timeliness").asText());
    assertEquals(1337, task.path("days_overdue").asInt());
  }

  @Test
  void propertiesSelectsTheReturnedProperties() {
    JsonNode f = server.json("/collections/roads/items?limit=1&properties=name,tasks", 200).path("features").get(0);
    Set<String> names = new TreeSet<>();
    f.path("properties").fieldNames().forEachRemaining(names::add);
    assertEquals(Set.of("name", "tasks"), names);
  }

  @Test
  void qFindsNamesWithOrWithoutDiacritics() {
    assertTrue(sorted(server.json("/collections/roads/items?q=bac%20song%20ma", 200)).contains("dai-lo-bac-song-ma"));
    assertTrue(sorted(server.json("/collections/roads/items?q=B%E1%BA%AEC%20S%C3%94NG%20M%C3%83", 200))
        .contains("dai-lo-bac-song-ma"));
  }

  @Test
  void oneFeatureAndItsLinks() {
    JsonNode f = server.json("/collections/roads/items/dai-lo-bac-song-ma", 200);
    assertEquals("Feature", f.path("type").asText());
    assertEquals("Đại lộ Bắc Sông Mã", f.path("properties").path("name").asText());
    assertEquals(404, server.get("/collections/roads/items/no-such-road").statusCode());
    assertEquals(404, server.get("/collections/centres/items/dai-lo-bac-song-ma").statusCode(), "wrong layer");
  }

  @Test
  void geometriesAreValidWithAtMostSevenDecimals() throws Exception {
    Pattern number = Pattern.compile("-?\\d+\\.(\\d+)");
    GeoJsonReader reader = new GeoJsonReader();
    for (String layer : layers()) {
      JsonNode fc = server.json("/collections/" + layer + "/items?limit=10000", 200);
      for (JsonNode f : fc.path("features")) {
        String g = f.path("geometry").toString();
        Matcher m = number.matcher(g);
        while (m.find()) {
          assertTrue(m.group(1).length() <= 7, layer + " " + f.path("id").asText() + ": " + m.group());
        }
        Geometry geometry = reader.read(g);
        assertTrue(geometry.isValid(), f.path("id").asText());
      }
    }
  }

  @Test
  void etagAnswers304AndChangesWithTheData() {
    var first = server.get("/collections/roads/items");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(first.headers().firstValue("Cache-Control").isPresent());
    assertEquals(304, server.get("/collections/roads/items", "If-None-Match", etag).statusCode());
    assertEquals(200, server.get("/collections/roads/items?limit=5", "If-None-Match", etag).statusCode());
    new GeodataLoader(server.database.dataSource(), server.mapper).load(TestServer.GEODATA, true);
    var after = server.get("/collections/roads/items", "If-None-Match", etag);
    assertEquals(200, after.statusCode(), "a reload bumps the data version");
    assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void gzipWhenAskedAndCorsForEveryOrigin() {
    var gz = server.getBytes("/collections/context/items", "Accept-Encoding", "gzip");
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
    var cors = server.get("/collections/roads/items", "Origin", "https://example.org");
    assertTrue(cors.headers().firstValue("Access-Control-Allow-Origin").isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/collections/roads/items?bbox=1,2,3                         | bbox",
      "/collections/roads/items?bbox=a,b,c,d                       | bbox",
      "/collections/roads/items?bbox=105,20,106,19                 | bbox",
      "/collections/roads/items?bbox=105,19,200,20                 | bbox",
      "/collections/roads/items?limit=0                            | limit",
      "/collections/roads/items?limit=-5                           | limit",
      "/collections/roads/items?offset=-1                          | offset",
      "/collections/roads/items?due_before=31/12/2022              | due_before",
      "/collections/roads/items?due_after=2022-13-01               | due_after",
      "/collections/roads/items?overdue=maybe                      | overdue",
      "/collections/roads/items?task=VI.2';--                      | task",
      "/collections/roads/items?lead=Robert');DROP%20TABLE%20task;-- | lead",
      "/collections/roads/items?properties=password                | properties",
      "/collections/roads/items?datetime=yesterday                 | datetime",
      "/collections/roads/items?colour=red                         | colour",
      "/collections/roads/items?f=xml                              | f",
      "/collections/roads/items?q=%C3%28                           | q",
      "/tasks?section=XIV;                                         | section",
      "/tasks?overdue=1                                            | overdue",
      "/search?q=%20%20                                            | q",
      "/search?q=ma&limit=1000                                     | limit",
  })
  void badInputIs400NamingTheParameter(String path, String parameter) throws Exception {
    var r = server.get(path);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("application/problem+json", MediaType.of(r));
    JsonNode problem = server.mapper.readTree(r.body());
    assertEquals(parameter, problem.path("parameter").asText(), r.body());
    assertEquals(400, problem.path("status").asInt());
  }

  @Test
  void injectionShapedTextIsOnlyEverAValue() {
    for (String q : List.of("'%20OR%201=1--", "%27%3B%20DROP%20TABLE%20feature%3B%20--", "%22%5C%27%25_%25",
        "x".repeat(900))) {
      var r = server.get("/collections/roads/items?q=" + q);
      assertEquals(200, r.statusCode(), q);
      var s = server.get("/search?q=" + q);
      assertTrue(s.statusCode() == 200 || s.statusCode() == 400 && s.body().contains("\"q\""), q + ": " + s.body());
    }
    assertEquals(400, server.get("/collections/roads/items?q=" + "x".repeat(1001)).statusCode());
    assertTrue(Sql.count(server.database.dataSource(), "SELECT count(*) FROM feature") > 0, "tables intact");
  }
}

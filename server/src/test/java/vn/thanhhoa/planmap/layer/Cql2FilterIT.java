package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.support.Cs2cs;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/**
 * OGC API – Features Part 3 over the project's geodata: CQL2 text and JSON filters select the features the
 * table says (and what PostGIS says for the same condition), exports filter alike, bad filters are 400s.
 */
class Cql2FilterIT extends ServerPerClass {
  private static final String NUI_DO_BOX = "POLYGON((105.74 19.87, 105.75 19.87, 105.75 19.885, 105.74 19.885,"
      + " 105.74 19.87))";

  private static Set<String> ids(JsonNode fc) {
    Set<String> ids = new TreeSet<>();
    fc.path("features").forEach(f -> ids.add(f.path("id").asText()));
    return ids;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Set<String> filtered(String layer, String lang, String filter) {
    JsonNode fc = server.json("/collections/" + layer + "/items?limit=1000&filter-lang=" + lang + "&filter="
        + enc(filter), 200);
    assertEquals(fc.path("features").size(), fc.path("numberMatched").asInt(), "numberMatched counts the filter");
    return ids(fc);
  }

  private static Set<String> sqlIds(String sql, Object... params) {
    return new TreeSet<>(Sql.column(server.database.dataSource(), sql, params));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "roads      | cql2-text | name = 'Đại lộ Bắc Sông Mã'                                  | dai-lo-bac-song-ma",
      "roads      | cql2-text | ACCENTI(CASEI(name)) LIKE ACCENTI(CASEI('%dai lo bac song ma%')) | dai-lo-bac-song-ma",
      "roads      | cql2-text | ACCENTI(CASEI(name)) LIKE ACCENTI(CASEI('%ĐẠI LỘ BẮC SÔNG MÃ%')) | dai-lo-bac-song-ma",
      "roads      | cql2-text | name LIKE '%dai lo bac song ma%'                              | ''",
      "roads      | cql2-json | {\"op\":\"like\",\"args\":[{\"op\":\"accenti\",\"args\":[{\"op\":\"casei\",\"args\":"
          + "[{\"property\":\"name\"}]}]},\"%bac song ma%\"]}                                | dai-lo-bac-song-ma",
      "facilities | cql2-text | S_INTERSECTS(geometry, " + NUI_DO_BOX + ")                     | nui-do",
      "facilities | cql2-text | S_INTERSECTS(geometry, BBOX(105.74, 19.87, 105.75, 19.885))   | nui-do",
      "facilities | cql2-json | {\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Polygon\","
          + "\"coordinates\":[[[105.74,19.87],[105.75,19.87],[105.75,19.885],[105.74,19.885],[105.74,19.87]]]}]}"
          + "                                                                              | nui-do",
      "facilities | cql2-text | id IN ('nui-do', 'bao-tang-tinh', 'no-such')                   | bao-tang-tinh nui-do",
      "facilities | cql2-text | NOT (id IN ('nui-do', 'bao-tang-tinh')) AND id = 'nui-do'      | ''",
      "river      | cql2-text | task_codes IS NULL                                            | song-ma",
      "context    | cql2-json | {\"op\":\"not\",\"args\":[{\"op\":\"isNull\",\"args\":[{\"property\":"
          + "\"task_codes\"}]}]}                                        | huyen-dong-son-2021 tp-thanh-hoa-2021",
  })
  void cql2SelectsTheExpectedFeatures(String layer, String lang, String filter, String expected) {
    Set<String> want = expected.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
    assertEquals(want, filtered(layer, lang, filter));
  }

  @Test
  void conditionsOnTheFlatTaskAttributesMatchWhatPostgisSays() {
    assertEquals(sqlIds("SELECT f.id FROM feature f JOIN feature_task ft ON ft.feature_id = f.id"
        + " WHERE f.layer_id = 'roads' AND ft.task_code = 'VI.2'"), filtered("roads", "cql2-text",
        "task_codes LIKE '%VI.2%'"));
    assertEquals(sqlIds("SELECT f.id FROM feature f WHERE f.layer_id = 'centres' AND EXISTS (SELECT 1 FROM"
        + " feature_task ft JOIN task t ON t.code = ft.task_code WHERE ft.feature_id = f.id AND t.due_date"
        + " BETWEEN '2022-01-01' AND '2023-12-31')"), filtered("centres", "cql2-text",
        "next_due BETWEEN DATE('2022-01-01') AND DATE('2023-12-31')"));
    Set<String> roadsOrBridges = filtered("roads", "cql2-text", "kind IN ('road', 'bridge')");
    assertEquals(sqlIds("SELECT id FROM feature WHERE layer_id = 'roads' AND kind IN ('road', 'bridge')"),
        roadsOrBridges);
    assertFalse(roadsOrBridges.isEmpty());
    Set<String> soXayDung = filtered("centres", "cql2-text", "lead_agency LIKE '%Sở Xây dựng%'");
    assertEquals(sqlIds("SELECT DISTINCT f.id FROM feature f JOIN feature_task ft ON ft.feature_id = f.id JOIN task t"
        + " ON t.code = ft.task_code WHERE f.layer_id = 'centres' AND t.lead_text = 'Sở Xây dựng'"), soXayDung);
  }

  @Test
  void aPlaceCarriesTheProgressAndTimelinessOfItsMostPressingTask() {
    String[] worstFirst = {"overdue", "late", "due_soon", "open", "on_time", "ongoing"};
    JsonNode tasks = server.json("/tasks", 200).path("tasks");
    java.util.Map<String, JsonNode> byCode = new java.util.HashMap<>();
    tasks.forEach(t -> byCode.put(t.path("code").asText(), t));
    int checked = 0;
    for (JsonNode f : server.json("/collections/roads/items?limit=1000", 200).path("features")) {
      JsonNode p = f.path("properties");
      JsonNode worst = null;
      for (JsonNode linked : p.path("tasks")) {
        JsonNode t = byCode.get(linked.path("code").asText());
        if (worst == null || Arrays.asList(worstFirst).indexOf(t.path("timeliness").asText())
            < Arrays.asList(worstFirst).indexOf(worst.path("timeliness").asText())) {
          worst = t;
        }
      }
      if (worst == null) {
        assertTrue(p.path("timeliness").isNull() && p.path("progress").isNull(), f.path("id") + ": no task, no state");
        continue;
      }
      assertEquals(worst.path("timeliness").asText(), p.path("timeliness").asText(), f.path("id").asText());
      assertEquals(worst.path("progress").asText(), p.path("progress").asText(), f.path("id").asText());
      checked++;
    }
    assertTrue(checked > 5, "roads with tasks: " + checked);
    Set<String> overdue = filtered("roads", "cql2-text", "timeliness = 'overdue'");
    assertEquals(ids(server.json("/collections/roads/items?limit=1000&overdue=true", 200)), overdue,
        "the worst task is overdue exactly when some linked task is");
    JsonNode q = server.json("/collections/roads/queryables", 200).path("properties");
    assertTrue(q.path("timeliness").path("enum").toString().contains("due_soon"), q.toString());
    assertTrue(q.path("progress").path("enum").toString().contains("not_reported"), q.toString());
  }

  @Test
  void filterCrsTakesTheFiltersGeometriesInVn2000() {
    JsonNode p = server.json("/collections/facilities/items/nui-do", 200).path("geometry").path("coordinates");
    double[] en = Cs2cs.transform("EPSG:4326", "EPSG:5897",
        new double[] {p.get(1).asDouble(), p.get(0).asDouble()})[0];
    String box = "S_INTERSECTS(geometry, BBOX(" + (en[0] - 50) + "," + (en[1] - 50) + "," + (en[0] + 50) + ","
        + (en[1] + 50) + "))";
    JsonNode fc = server.json("/collections/facilities/items?filter-crs=EPSG:5897&filter=" + enc(box), 200);
    assertEquals(Set.of("nui-do"), ids(fc));
    assertEquals(Set.of(), ids(server.json("/collections/facilities/items?filter=" + enc(box), 200)),
        "the same numbers read as CRS84 are nowhere near");
  }

  @Test
  void aFilteredExportHoldsTheFilteredFeatures() throws Exception {
    String filter = enc("task_codes LIKE '%VI.2%'");
    Set<String> items = ids(server.json("/collections/roads/items?filter=" + filter, 200));
    HttpResponse<String> r = server.get("/export?format=geojson&layers=roads&filter=" + filter);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(items, ids(server.mapper.readTree(r.body())));
    assertFalse(items.isEmpty());
  }

  @Test
  void queryablesListTheFeaturesPropertiesWithTheirTypes() {
    JsonNode q = server.json("/collections/roads/queryables", 200);
    JsonNode props = q.path("properties");
    for (String name : new String[] {"name", "kind", "layer", "accuracy", "task_codes", "lead_agency", "next_due",
        "geometry"}) {
      assertTrue(props.has(name), name + " in " + props);
    }
    assertEquals("date", props.path("next_due").path("format").asText());
    assertEquals("geometry-any", props.path("geometry").path("format").asText());
    assertTrue(props.path("kind").path("enum").toString().contains("bridge"));
    assertFalse(props.has("due_before"), "query parameters are not queryables");
  }

  /**
   * A polygon of {@code vertices} vertices (7 decimals) around Núi Đọ, in CQL2 text or JSON: a ward boundary as a
   * planner would paste it, well over the 1,000 characters other parameters may have.
   */
  @ParameterizedTest(name = "{0} with {1} vertices")
  @CsvSource({"cql2-text, 1000", "cql2-json, 600"})
  void aFilterWithALongPolygonIsRead(String lang, int vertices) {
    JsonNode p = server.json("/collections/facilities/items/nui-do", 200).path("geometry").path("coordinates");
    StringBuilder ring = new StringBuilder();
    for (int i = 0; i <= vertices; i++) {
      double a = 2 * Math.PI * (i % vertices) / vertices;
      double lon = p.get(0).asDouble() + 0.004 * Math.cos(a);
      double lat = p.get(1).asDouble() + 0.004 * Math.sin(a);
      ring.append(i == 0 ? "" : ",").append(lang.equals("cql2-text")
          ? String.format(java.util.Locale.ROOT, "%.7f %.7f", lon, lat)
          : String.format(java.util.Locale.ROOT, "[%.7f,%.7f]", lon, lat));
    }
    String filter = lang.equals("cql2-text") ? "S_INTERSECTS(geometry, POLYGON((" + ring + ")))"
        : "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Polygon\","
            + "\"coordinates\":[[" + ring + "]]}]}";
    assertTrue(filter.length() > 10 * QueryParams.MAX_LENGTH, "the filter has " + filter.length() + " characters");
    assertEquals(Set.of("nui-do"), filtered("facilities", lang, filter));
  }

  @Test
  void aFilterLongerThanItsLimitIs400NamingIt() throws Exception {
    String filter = "name = '" + "a".repeat(FilterParams.MAX_FILTER_LENGTH) + "'";
    HttpResponse<String> r = server.get("/collections/roads/items?filter=" + enc(filter));
    assertEquals(400, r.statusCode(), r.body());
    JsonNode problem = server.mapper.readTree(r.body());
    assertEquals("filter", problem.path("parameter").asText(), r.body());
    assertEquals(FilterParams.MAX_FILTER_LENGTH, problem.path("allowed").asInt(), r.body());
    JsonNode declared = server.json("/api?f=json", 200).at("/paths/~1collections~1{collectionId}~1items/get/parameters");
    JsonNode filterParameter = java.util.stream.StreamSupport.stream(declared.spliterator(), false)
        .filter(n -> n.path("name").asText().equals("filter")).findFirst().orElseThrow();
    assertEquals(FilterParams.MAX_FILTER_LENGTH, filterParameter.path("schema").path("maxLength").asInt(),
        "the limit is declared in /api");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "filter=name%20%3D                                            | filter | line 1, column 7",
      "filter=name%20%3D%3D%20'x'                                   | filter | line 1, column 7",
      "filter=(name%20%3D%20'x'                                     | filter | line 1, column 12",
      "filter=colour%20%3D%20'red'                                  | filter | ",
      "filter=name%20%3D%203                                        | filter | ",
      "filter=next_due%20%3C%20'2023-01-01'                         | filter | ",
      "filter-lang=cql2-json&filter=%7B%22op%22%3A%22frob%22%2C%22args%22%3A%5B%5D%7D | filter | /op",
      "filter-lang=cql2-json&filter=%7B                             | filter | line 1, column 2",
      "filter-lang=xml&filter=name%3D'x'                            | filter-lang | ",
      "filter-crs=EPSG:3857&filter=name%3D'x'                       | filter-crs | ",
      "filter-crs=EPSG:4326                                         | filter | ",
  })
  void malformedFiltersAre400NamingTheParameterAndPosition(String query, String parameter, String position)
      throws Exception {
    HttpResponse<String> r = server.get("/collections/roads/items?" + query);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("application/problem+json", MediaType.of(r));
    JsonNode problem = server.mapper.readTree(r.body());
    assertEquals(parameter, problem.path("parameter").asText(), r.body());
    if (position != null) {
      assertEquals(position, problem.path("position").asText(), r.body());
    }
    assertTrue(Sql.count(server.database.dataSource(), "SELECT count(*) FROM feature") > 0);
  }
}

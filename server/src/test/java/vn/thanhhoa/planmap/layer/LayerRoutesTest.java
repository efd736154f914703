package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.support.InProcessApp;

/**
 * The collection and items routes ({@link LayerRoutes}) over a catalog held in memory ({@link MemoryLayerCatalog}):
 * the JSON shapes, paging by offset and by the {@code next}/{@code prev} cursors, the 404s naming what is missing,
 * and the cache check. What SQL filters (bbox, dates, CQL2, as-of) is tested over PostGIS (ItemsApiIT, OgcApiIT).
 */
class LayerRoutesTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T03:00:00Z"), ZoneOffset.UTC);
  private MemoryLayerCatalog catalog;
  private InProcessApp app;

  @BeforeEach
  void start() {
    catalog = new MemoryLayerCatalog(List.of(layer("roads", "Đường giao thông"), layer("zones", "Khu công nghiệp")));
    for (int i = 1; i <= 5; i++) {
      catalog.put(road("road-" + i, 10 * i, i % 2 == 0 ? "bridge" : "road", i == 3 ? "IV.10" : "VI.1"));
    }
    catalog.put(new FeatureRow("zone-1", "zones", "KCN Lễ Môn", "Le Mon IZ", "zone", "", "", "{}",
        "{\"type\":\"Point\",\"coordinates\":[105.8,19.8]}", "[]", 1, "schematic", 1500, "", "", "", "{}", 1));
    app = new InProcessApp(new LayerRoutes(catalog, MAPPER, CLOCK));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void collectionsListEveryLayerWithItsCountAndLinks() throws Exception {
    JsonNode body = json(app.get("/collections"), 200);
    List<String> ids = new ArrayList<>();
    body.path("collections").forEach(c -> ids.add(c.path("id").asText()));
    assertEquals(List.of("roads", "zones"), ids);
    JsonNode roads = body.path("collections").get(0);
    assertEquals(5, roads.path("numberOfFeatures").asInt());
    assertEquals("Đường giao thông", roads.path("title").asText());
    assertTrue(roads.path("links").toString().contains("/collections/roads/items?f=json"), roads.toString());
  }

  @ParameterizedTest(name = "{0} → 404 naming the collection")
  @ValueSource(strings = {"/collections/rivers", "/collections/rivers/items", "/collections/rivers/items/road-1",
      "/collections/rivers/queryables"})
  void anUnknownCollectionIs404NamingIt(String path) throws Exception {
    HttpResponse<String> r = app.get(path);
    JsonNode problem = json(r, 404);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(problem.path("detail").asText().contains("'rivers'"), problem.toString());
  }

  @Test
  void anUnknownFeatureIs404NamingItAndItsCollection() throws Exception {
    JsonNode problem = json(app.get("/collections/roads/items/zone-1"), 404);
    assertTrue(problem.path("detail").asText().contains("'zone-1'"), problem.toString());
    assertTrue(problem.path("detail").asText().contains("'roads'"), problem.toString());
  }

  @Test
  void itemsAreAFeatureCollectionInDrawingOrderWithCounts() throws Exception {
    HttpResponse<String> r = app.get("/collections/roads/items?limit=2");
    JsonNode body = json(r, 200);
    assertEquals("application/geo+json", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("Content-Crs").orElse("").contains("CRS84"), r.headers().toString());
    assertEquals("FeatureCollection", body.path("type").asText());
    assertEquals(List.of("road-1", "road-2"), ids(body));
    assertEquals(5, body.path("numberMatched").asInt());
    assertEquals(2, body.path("numberReturned").asInt());
    assertEquals("2025-03-01T03:00:00Z", body.path("timeStamp").asText());
    JsonNode first = body.path("features").get(0);
    assertEquals("roads", first.path("properties").path("layer").asText());
    assertEquals("VI.1", first.path("properties").path("tasks").get(0).path("code").asText());
    assertEquals("Point", first.path("geometry").path("type").asText());
    assertFalse(rels(body).contains("prev"), "the first page has no prev: " + rels(body));
  }

  @Test
  void followingNextVisitsEveryFeatureOnceAndPrevLeadsBack() throws Exception {
    List<String> seen = new ArrayList<>();
    List<List<String>> pages = new ArrayList<>();
    String next = "/collections/roads/items?limit=2";
    while (next != null) {
      JsonNode page = json(app.get(next), 200);
      pages.add(ids(page));
      seen.addAll(ids(page));
      next = href(page, "next");
    }
    assertEquals(List.of("road-1", "road-2", "road-3", "road-4", "road-5"), seen);
    assertEquals(3, pages.size(), "5 features, 2 a page");
    JsonNode second = json(app.get(href(json(app.get("/collections/roads/items?limit=2"), 200), "next")), 200);
    assertEquals(List.of("road-1", "road-2"), ids(json(app.get(href(second, "prev")), 200)));
  }

  @Test
  void aFeatureAddedBeforeTheCursorMovesNoFeatureAcrossThePage() throws Exception {
    String next = href(json(app.get("/collections/roads/items?limit=2"), 200), "next");
    catalog.put(road("road-0", 5, "road", "VI.1"));
    assertEquals(List.of("road-3", "road-4"), ids(json(app.get(next), 200)));
  }

  @Test
  void anOffsetPageStepsBackByOffset() throws Exception {
    JsonNode body = json(app.get("/collections/roads/items?limit=2&offset=3"), 200);
    assertEquals(List.of("road-4", "road-5"), ids(body));
    assertTrue(href(body, "prev").contains("offset=1"), href(body, "prev"));
    assertEquals(null, href(body, "next"), "the last page has no next");
  }

  @Test
  void aFilterIsCountedByTheCatalogAndKeptInThePagingLinks() throws Exception {
    JsonNode body = json(app.get("/collections/roads/items?kind=bridge&limit=1"), 200);
    assertEquals(List.of("road-2"), ids(body));
    assertEquals(2, body.path("numberMatched").asInt());
    assertTrue(href(body, "next").contains("kind=bridge"), href(body, "next"));
    assertEquals(List.of("road-4"), ids(json(app.get(href(body, "next")), 200)));
  }

  @Test
  void oneItemIsAFeatureWithItsLinks() throws Exception {
    JsonNode f = json(app.get("/collections/roads/items/road-3"), 200);
    assertEquals("Feature", f.path("type").asText());
    assertEquals("road-3", f.path("id").asText());
    assertEquals("IV.10", f.path("properties").path("task_codes").asText());
    assertTrue(href(f, "collection").endsWith("/collections/roads?f=json"), f.path("links").toString());
  }

  @Test
  void aCurrentCopyIs304UntilTheDataChanges() throws Exception {
    HttpResponse<String> first = app.get("/collections/roads/items?limit=2");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = app.send(app.request("/collections/roads/items?limit=2").header("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    catalog.remove("road-5");
    HttpResponse<String> changed = app.send(app.request("/collections/roads/items?limit=2")
        .header("If-None-Match", etag));
    assertEquals(200, changed.statusCode());
    assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
    assertEquals(4, json(changed, 200).path("numberMatched").asInt());
  }

  @Test
  void aFilterOnlySqlEvaluatesIsNotSilentlyIgnored() {
    FeatureQuery dated = new FeatureQuery(List.of("roads"), null, null, List.of(), List.of(), List.of(), List.of(),
        java.time.LocalDate.of(2025, 1, 1), null, null, List.of(), null, null, null, 10, 0, null, List.of(), null);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> catalog.count(dated));
    assertTrue(e.getMessage().contains("due_before"), e.getMessage());
  }

  private static LayerInfo layer(String id, String title) {
    return new LayerInfo(id, title, id, "", "", MAPPER.createArrayNode(), 0, null, List.of(), null);
  }

  private static FeatureRow road(String id, int order, String kind, String task) {
    String tasks = "[{\"code\":\"" + task + "\",\"content\":\"\",\"progress\":\"in_progress\"}]";
    return new FeatureRow(id, "roads", "Đường " + id, "Road " + id, kind, "", "", "{}",
        "{\"type\":\"Point\",\"coordinates\":[105.7" + order + ",19.8]}", tasks, 1, "schematic", 1500, "", "", "",
        "{\"task_codes\":\"" + task + "\"}", order);
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    return MAPPER.readTree(r.body());
  }

  private static List<String> ids(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.path("features").forEach(f -> ids.add(f.path("id").asText()));
    return ids;
  }

  private static List<String> rels(JsonNode doc) {
    List<String> rels = new ArrayList<>();
    doc.path("links").forEach(l -> rels.add(l.path("rel").asText()));
    return rels;
  }

  /** The path and query of the link with this rel, null when there is none. */
  private static String href(JsonNode doc, String rel) {
    for (JsonNode l : doc.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        URI u = URI.create(l.path("href").asText());
        return u.getRawPath() + "?" + u.getRawQuery();
      }
    }
    return null;
  }
}

package vn.thanhhoa.planmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.ProjectGeodata;
import vn.thanhhoa.planmap.support.ServerPerClass;

/** Landing page, conformance, OpenAPI, collections: the documents OGC API clients start from. */
class ServiceDocumentsIT extends ServerPerClass {



  private static Set<String> rels(JsonNode links) {
    Set<String> rels = new HashSet<>();
    links.forEach(l -> rels.add(l.path("rel").asText()));
    return rels;
  }

  @Test
  void landingPageLinksServiceDescConformanceAndData() {
    JsonNode landing = server.json("/", 200);
    assertTrue(rels(landing.path("links")).containsAll(Set.of("self", "service-desc", "conformance", "data")));
  }

  @Test
  void browsersGetTheMapAndFhtmlGetsTheLandingPage() {
    var map = server.get("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertEquals("text/html", MediaType.of(map));
    assertTrue(map.body().contains("id=\"map\""), "the map page");
    var landing = server.get("/?f=html");
    assertEquals("text/html", MediaType.of(landing));
    assertTrue(landing.body().contains("/collections?f=html"));
  }

  @Test
  void conformanceDeclaresExactlyTheImplementedClasses() {
    List<String> classes = new ArrayList<>();
    server.json("/conformance", 200).path("conformsTo").forEach(c -> classes.add(c.asText()));
    assertEquals(ServiceRoutes.CONFORMANCE, classes, "what /conformance serves is the one declaration");
    for (String part : List.of("ogcapi-features-1/1.0/conf/core", "ogcapi-features-2/1.0/conf/crs",
        "ogcapi-features-3/1.0/conf/filter", "cql2/1.0/conf/cql2-text", "ogcapi-tiles-1/1.0/conf/core")) {
      assertTrue(classes.contains("http://www.opengis.net/spec/" + part), part + " in " + classes);
    }
    assertEquals(classes.size(), new java.util.HashSet<>(classes).size(), "no class twice: " + classes);
  }

  @Test
  void openApiDescribesTheRealItemParameters() {
    var response = server.get("/api");
    assertEquals("application/vnd.oai.openapi+json", MediaType.of(response));
    JsonNode api = server.json("/api?f=json", 200);
    assertTrue(api.path("openapi").asText().startsWith("3.0"));
    Set<String> names = new HashSet<>();
    api.path("paths").path("/collections/{collectionId}/items").path("get").path("parameters")
        .forEach(p -> names.add(p.path("name").asText()));
    assertTrue(names.containsAll(Set.of("bbox", "limit", "offset", "task", "lead", "kind", "due_before", "due_after",
        "overdue", "timeliness", "q", "properties", "f", "datetime", "as_of")), names.toString());
    Set<String> exportParams = new HashSet<>();
    api.path("paths").path("/export").path("get").path("parameters").forEach(p -> exportParams.add(p.path("name").asText()));
    assertTrue(exportParams.containsAll(Set.of("layers", "format", "crs", "bbox", "task", "as_of")), exportParams.toString());
  }

  @Test
  void everyCollectionStatesExtentCrsAndSchema() {
    JsonNode collections = server.json("/collections", 200).path("collections");
    assertEquals(ProjectGeodata.layers(), collections.size(), "every layer of geodata/layers/layers.json");
    for (JsonNode c : collections) {
      String id = c.path("id").asText();
      JsonNode bbox = c.path("extent").path("spatial").path("bbox").get(0);
      assertEquals(4, bbox.size(), id);
      assertTrue(bbox.get(0).asDouble() >= 105.6 && bbox.get(2).asDouble() <= 105.9, id + " extent " + bbox);
      assertEquals("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.path("crs").get(0).asText());
      assertTrue(rels(c.path("links")).containsAll(Set.of("items", "describedby", "self")), id);
      JsonNode schema = server.json("/collections/" + id + "/schema", 200);
      assertTrue(schema.path("properties").has("accuracy"), id);
      JsonNode queryables = server.json("/collections/" + id + "/queryables", 200);
      assertTrue(queryables.path("properties").has("kind"), id);
    }
  }

  @Test
  void htmlPagesLetAPersonBrowseWithoutTheMap() {
    var collections = server.get("/collections", "Accept", "text/html");
    assertEquals("text/html", MediaType.of(collections));
    assertTrue(collections.body().contains("/collections/roads/items?f=html"));
    var items = server.get("/collections/roads/items?f=html");
    assertTrue(items.body().contains("Đại lộ Bắc Sông Mã"), "Vietnamese intact in HTML");
    var item = server.get("/collections/roads/items/dai-lo-bac-song-ma?f=html");
    assertEquals(200, item.statusCode());
    assertTrue(item.body().contains("VI.2"));
    assertEquals(200, server.get("/tasks?f=html").statusCode());
    assertEquals(200, server.get("/tasks/IV.10?f=html").statusCode());
  }
}

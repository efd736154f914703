package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.TestServer;

/** The walking skeleton: a layer loaded from geodata comes back over HTTP as valid GeoJSON. */
class LayerEndpointIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestDatabases.fixture("geodata/minimal"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void itemsAreAValidGeoJsonFeatureCollection() throws Exception {
    var response = server.get("/collections/roads/items", "Accept", "application/geo+json");
    assertEquals(200, response.statusCode());
    assertEquals("application/geo+json", MediaType.of(response));
    JsonNode fc = server.mapper.readTree(response.body());
    assertEquals("FeatureCollection", fc.path("type").asText());
    assertEquals(2, fc.path("features").size());
    assertEquals(2, fc.path("numberMatched").asLong());
    GeoJsonReader reader = new GeoJsonReader();
    for (JsonNode f : fc.path("features")) {
      assertEquals("Feature", f.path("type").asText());
      Geometry g = reader.read(f.path("geometry").toString());
      assertTrue(g.isValid());
      assertEquals("LineString", g.getGeometryType());
      JsonNode p = f.path("properties");
      assertTrue(p.path("accuracy").asText().startsWith(p.path("accuracy_class").asText()), p.toString());
    }
    JsonNode road = fc.path("features").get(0);
    assertEquals("dai-lo-bac-song-ma", road.path("id").asText());
    assertEquals("Đại lộ Bắc Sông Mã", road.path("properties").path("name").asText());
    assertEquals("VI.2", road.path("properties").path("tasks").get(0).path("code").asText());
    assertEquals("Nguyệt Viên", road.path("properties").path("ward_2025").asText());
  }

  @Test
  void anUnknownLayerIs404AsAProblem() {
    var response = server.get("/collections/nope/items");
    assertEquals(404, response.statusCode());
    assertEquals("application/problem+json", MediaType.of(response));
  }

  @Test
  void itemsTakeSeveralFiltersAtOnce() throws Exception {
    JsonNode fc = server.json("/collections/roads/items?task=VI.3&kind=bridge", 200);
    assertEquals(1, fc.path("features").size());
    assertEquals("cau-dai-hung", fc.path("features").get(0).path("id").asText());
  }
}

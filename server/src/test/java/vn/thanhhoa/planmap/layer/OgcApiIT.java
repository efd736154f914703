package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thanhhoa.planmap.support.FeatureIds.sorted;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.Cs2cs;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/**
 * OGC API – Features 1.0.1 details and Part 2 (CRS by reference), checked against PostGIS and PROJ's cs2cs:
 * limit capping, 6-number bbox, HEAD, 406, {@code crs}, {@code bbox-crs}, {@code Content-Crs}, RFC 7946
 * winding on output.
 */
class OgcApiIT extends ServerPerClass {
  private static final String URI_5897 = "http://www.opengis.net/def/crs/EPSG/0/5897";
  private static final double TOLERANCE_M = 0.1;

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String link(JsonNode doc, String rel) {
    for (JsonNode l : doc.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        return l.path("href").asText();
      }
    }
    return null;
  }

  @Test
  void aLimitAboveTheMaximumIsCappedNotRefused() {
    long all = Sql.count(server.database.dataSource(), "SELECT count(*) FROM feature WHERE layer_id = 'roads'");
    JsonNode fc = server.json("/collections/roads/items?limit=50000", 200);
    assertEquals(all, fc.path("numberReturned").asLong());
    assertTrue(link(fc, "self").contains("limit=" + FeatureQueryParser.MAX_LIMIT), link(fc, "self"));
    JsonNode small = server.json("/collections/roads/items?limit=2", 200);
    assertTrue(link(small, "next").contains("limit=2&cursor="), "next while pages remain: " + link(small, "next"));
    assertEquals(400, server.get("/collections/roads/items?limit=0").statusCode());
  }

  @Test
  void aSixNumberBboxIgnoresTheHeights() {
    Set<String> flat = sorted(server.json("/collections/urban-areas/items?bbox=105.78,19.80,105.82,19.84", 200));
    Set<String> withHeights = sorted(server.json("/collections/urban-areas/items?bbox=105.78,19.80,-10,105.82,19.84,300",
        200));
    assertFalse(flat.isEmpty());
    assertEquals(flat, withHeights);
    assertEquals(400, server.get("/collections/urban-areas/items?bbox=105.78,19.80,0,105.82,19.84").statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/collections/roads/items", "/collections/roads/items/dai-lo-bac-song-ma", "/collections",
      "/collections/roads", "/conformance", "/api", "/collections/roads/queryables"})
  void headAnswersWithTheHeadersOfGetAndNoBody(String path) {
    HttpResponse<String> get = server.get(path, "Accept", "application/json");
    HttpResponse<String> head = new Browserless(server.url("")).send("HEAD", path, null, null, false,
        "Accept", "application/json");
    assertEquals(200, head.statusCode());
    assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"), path);
    assertTrue(head.headers().firstValue("ETag").isPresent(), path);
    assertEquals(MediaType.of(get), MediaType.of(head), path);
    assertNotEquals("0", head.headers().firstValue("Content-Length").orElse("absent"), path);
    assertEquals("", head.body());
  }

  @Test
  void anAcceptHeaderAdmittingNeitherJsonNorHtmlIs406UnlessFSaysSo() throws Exception {
    HttpResponse<String> r = server.get("/collections/roads/items", "Accept", "application/xml");
    assertEquals(406, r.statusCode(), r.body());
    assertEquals("application/problem+json", MediaType.of(r));
    assertEquals(406, server.mapper.readTree(r.body()).path("status").asInt());
    assertEquals(406, server.get("/collections", "Accept", "application/gml+xml; q=1, text/html; q=0").statusCode());
    assertEquals(200, server.get("/collections/roads/items?f=json", "Accept", "application/xml").statusCode());
    assertEquals(200, server.get("/collections/roads/items", "Accept", "application/geo+json").statusCode());
    assertEquals(200, server.get("/collections/roads/items", "Accept", "*/*").statusCode());
  }

  @Test
  void collectionsListTheirCrsAndConformanceDeclaresPart2() {
    JsonNode c = server.json("/collections/roads", 200);
    List<String> crs = server.mapper.convertValue(c.path("crs"), List.class);
    assertEquals(List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "http://www.opengis.net/def/crs/EPSG/0/4326",
        "http://www.opengis.net/def/crs/EPSG/0/3405", URI_5897), crs);
    assertTrue(crs.contains(c.path("storageCrs").asText()));
    assertTrue(server.json("/conformance", 200).path("conformsTo").toString()
        .contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPSG:5897", URI_5897, "[EPSG:5897]"})
  void crsOnItemsGivesVn2000WithinATenthOfAMetreOfCs2cs(String crs) {
    JsonNode wgs = server.json("/collections/facilities/items?limit=100", 200);
    HttpResponse<String> r = server.get("/collections/facilities/items?limit=100&crs=" + enc(crs));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("<" + URI_5897 + ">", r.headers().firstValue("Content-Crs").orElse(""));
    JsonNode vn = Browserless.read(r.body());
    assertEquals(wgs.path("features").size(), vn.path("features").size());
    int points = 0;
    for (int i = 0; i < wgs.path("features").size(); i++) {
      JsonNode a = wgs.path("features").get(i).path("geometry");
      JsonNode b = vn.path("features").get(i).path("geometry");
      if (!a.path("type").asText().equals("Point")) {
        continue;
      }
      double lon = a.path("coordinates").get(0).asDouble();
      double lat = a.path("coordinates").get(1).asDouble();
      double[] expected = Cs2cs.transform("EPSG:4326", "EPSG:5897", new double[] {lat, lon})[0];
      assertEquals(expected[0], b.path("coordinates").get(0).asDouble(), TOLERANCE_M, "easting");
      assertEquals(expected[1], b.path("coordinates").get(1).asDouble(), TOLERANCE_M, "northing");
      points++;
    }
    assertTrue(points > 3, "points compared: " + points);
    JsonNode one = server.json("/collections/facilities/items/nui-do?crs=EPSG:3405", 200);
    JsonNode lonLat = server.json("/collections/facilities/items/nui-do", 200).path("geometry").path("coordinates");
    double[] utm = Cs2cs.transform("EPSG:4326", "EPSG:3405",
        new double[] {lonLat.get(1).asDouble(), lonLat.get(0).asDouble()})[0];
    assertEquals(utm[0], one.path("geometry").path("coordinates").get(0).asDouble(), TOLERANCE_M);
    assertEquals(utm[1], one.path("geometry").path("coordinates").get(1).asDouble(), TOLERANCE_M);
  }

  @Test
  void epsg4326IsLatitudeFirstAndUnknownCrsIs400() throws Exception {
    JsonNode lonLat = server.json("/collections/facilities/items/nui-do", 200).path("geometry").path("coordinates");
    HttpResponse<String> r = server.get("/collections/facilities/items/nui-do?crs=EPSG:4326");
    assertEquals("<http://www.opengis.net/def/crs/EPSG/0/4326>", r.headers().firstValue("Content-Crs").orElse(""));
    JsonNode latLon = Browserless.read(r.body()).path("geometry").path("coordinates");
    assertEquals(lonLat.get(1).asDouble(), latLon.get(0).asDouble(), 1e-7);
    assertEquals(lonLat.get(0).asDouble(), latLon.get(1).asDouble(), 1e-7);
    assertEquals("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>",
        server.get("/collections/roads/items").headers().firstValue("Content-Crs").orElse(""));
    for (String bad : List.of("EPSG:3857", "wgs-84", "http://www.opengis.net/def/crs/EPSG/0/999999")) {
      HttpResponse<String> e = server.get("/collections/roads/items?crs=" + enc(bad));
      assertEquals(400, e.statusCode(), bad);
      assertEquals("crs", server.mapper.readTree(e.body()).path("parameter").asText());
    }
  }

  @Test
  void bboxCrsSelectsWhatTheSameBoxSelectsInCrs84() {
    JsonNode p = server.json("/collections/facilities/items/nui-do", 200).path("geometry").path("coordinates");
    double lon = p.get(0).asDouble();
    double lat = p.get(1).asDouble();
    double[] en = Cs2cs.transform("EPSG:4326", "EPSG:5897", new double[] {lat, lon})[0];
    String box = (en[0] - 60) + "," + (en[1] - 60) + "," + (en[0] + 60) + "," + (en[1] + 60);
    Set<String> found = sorted(server.json("/collections/facilities/items?bbox-crs=EPSG:5897&bbox=" + box, 200));
    assertEquals(Set.of("nui-do"), found);
    String away = (en[0] + 200) + "," + (en[1] + 200) + "," + (en[0] + 400) + "," + (en[1] + 400);
    assertEquals(Set.of(), sorted(server.json("/collections/facilities/items?bbox-crs=" + enc(URI_5897) + "&bbox="
        + away, 200)));
    String crs84 = "105.76,19.79,105.80,19.83";
    String latFirst = "19.79,105.76,19.83,105.80";
    assertEquals(sorted(server.json("/collections/urban-areas/items?bbox=" + crs84, 200)),
        sorted(server.json("/collections/urban-areas/items?bbox-crs=EPSG:4326&bbox=" + latFirst, 200)));
    assertEquals(400, server.get("/collections/facilities/items?bbox-crs=EPSG:5897&bbox=" + away.split(",")[2] + ","
        + away.split(",")[1] + "," + away.split(",")[0] + "," + away.split(",")[3]).statusCode(), "min after max");
  }

  @Test
  void polygonsAreServedCounterClockwiseWhateverIsStored() throws Exception {
    Sql.count(server.database.dataSource(), "WITH u AS (UPDATE feature SET geom = ST_ForcePolygonCW(geom)"
        + " WHERE layer_id = 'urban-areas' RETURNING 1) SELECT count(*) FROM u");
    GeoJsonReader reader = new GeoJsonReader();
    JsonNode fc = server.json("/collections/urban-areas/items?limit=1000", 200);
    int polygons = 0;
    for (JsonNode f : fc.path("features")) {
      Geometry g = reader.read(f.path("geometry").toString());
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (g.getGeometryN(i) instanceof Polygon poly) {
          assertTrue(Orientation.isCCW(poly.getExteriorRing().getCoordinateSequence()), f.path("id").asText());
          polygons++;
        }
      }
    }
    assertTrue(polygons > 3);
  }

  @Test
  void aClockwisePolygonSavedByAnEditorIsStoredCounterClockwise() {
    Browserless.account(server.database, "winding.editor", Role.EDITOR, List.of());
    Browserless editor = new Browserless(server.url("")).signedIn("winding.editor");
    String etag = editor.get("/edit/features/kcn-le-mon").headers().firstValue("ETag").orElseThrow();
    String clockwise = "{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105.70,19.80],[105.70,19.81],"
        + "[105.71,19.81],[105.71,19.80],[105.70,19.80]]]}}";
    HttpResponse<String> saved = editor.write("PATCH", "/edit/features/kcn-le-mon", clockwise, "If-Match", etag);
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(List.of("true"), Sql.column(server.database.dataSource(),
        "SELECT ST_IsPolygonCCW(geom)::text FROM feature WHERE id = 'kcn-le-mon'"));
  }
}

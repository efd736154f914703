package vn.thanhhoa.planmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.api.ServiceRoutes;
import vn.thanhhoa.planmap.support.Gdal;
import vn.thanhhoa.planmap.support.ProblemAssert;
import vn.thanhhoa.planmap.support.RawHttp;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/**
 * OGC API – Tiles on the layers: the tileset documents and TileJSON, tiles that GDAL's MVT driver reads and that
 * hold exactly the features of their box (with the tile's 64-unit buffer) at the right places, ETags and 304, and
 * 400/404 problems for tiles that cannot exist.
 */
class VectorTilesIT extends ServerPerClass {
  private static final String TILES = "/collections/facilities/tiles/WebMercatorQuad";
  private static final Pattern ID = Pattern.compile("(?m)^\\s+id \\(String\\) = (.+)$");
  private static final Pattern POINT = Pattern.compile("(?m)^\\s+POINT \\(([-0-9.e]+) ([-0-9.e]+)\\)$");
  private static final double EARTH = 6378137.0;

  @Test
  void theTilesetsListTheTilesetWhoseMetadataLinksTheTilesAndTileJson() {
    JsonNode list = server.json("/collections/facilities/tiles", 200);
    JsonNode set = list.path("tilesets").get(0);
    assertEquals("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", set.path("tileMatrixSetURI")
        .asText());
    assertEquals("vector", set.path("dataType").asText());
    JsonNode meta = server.json(TILES, 200);
    String template = null;
    String tileJson = null;
    for (JsonNode l : meta.path("links")) {
      if (l.path("rel").asText().equals("item")) {
        template = l.path("href").asText();
        assertTrue(l.path("templated").asBoolean());
        assertEquals("application/vnd.mapbox-vector-tile", l.path("type").asText());
      }
      if (l.path("href").asText().endsWith("?f=tilejson")) {
        tileJson = l.path("href").asText();
      }
    }
    assertTrue(template != null && template.endsWith("/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}"),
        meta.toString());
    JsonNode tj = server.json(tileJson.substring(tileJson.indexOf("/collections")), 200);
    assertEquals("3.0.0", tj.path("tilejson").asText());
    assertTrue(tj.path("tiles").get(0).asText().endsWith("/tiles/WebMercatorQuad/{z}/{y}/{x}"), tj.toString());
    assertEquals("facilities", tj.path("vector_layers").get(0).path("id").asText());
    assertEquals(4, tj.path("bounds").size());
    JsonNode conformance = server.json("/conformance", 200).path("conformsTo");
    assertTrue(conformance.toString().contains("ogcapi-tiles-1/1.0/conf/mvt"), conformance.toString());
    assertTrue(ServiceRoutes.CONFORMANCE.contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset"));
    assertTrue(server.json("/api", 200).path("paths").has(
        "/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}"));
    boolean linked = false;
    for (JsonNode l : server.json("/collections/facilities", 200).path("links")) {
      linked |= l.path("rel").asText().endsWith("tilesets-vector");
    }
    assertTrue(linked, "the collection links its tilesets");
  }

  @ParameterizedTest(name = "{0} at zoom {1}")
  @CsvSource({"facilities, 13", "facilities, 16", "stalled-projects, 12", "urban-areas, 14", "roads, 13"})
  void aTileDecodedByGdalHoldsTheFeaturesOfItsBox(String layer, int z, @org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // the tile under the layer's first feature
    List<String> at = Sql.column(server.database.dataSource(), "SELECT ST_X(p) || ' ' || ST_Y(p) FROM (SELECT"
        + " ST_PointOnSurface(geom) AS p FROM feature WHERE layer_id = ? ORDER BY sort_order, id LIMIT 1) s", layer);
    String[] lonLat = at.get(0).split(" ");
    int x = column(Double.parseDouble(lonLat[0]), z);
    int y = row(Double.parseDouble(lonLat[1]), z);
    HttpResponse<byte[]> r = server.getBytes("/collections/" + layer + "/tiles/WebMercatorQuad/" + z + "/" + y + "/"
        + x);
    assertEquals(200, r.statusCode());
    assertEquals("application/vnd.mapbox-vector-tile", r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(r.body().length > 0, "the tile under a feature is not empty");
    // z/x/y.pbf: GDAL's MVT driver georeferences a single tile from its path (EPSG:3857)
    Path file = dir.resolve(z + "/" + x + "/" + y + ".pbf");
    Files.createDirectories(file.getParent());
    Files.write(file, r.body());
    String info = Gdal.ogrinfo("-ro", "-al", file.toString());
    assertTrue(info.contains("MVT"), info);
    Set<String> ids = new HashSet<>();
    Matcher m = ID.matcher(info);
    while (m.find()) {
      ids.add(m.group(1).strip());
    }
    Set<String> inside = new HashSet<>(Sql.column(server.database.dataSource(), "SELECT id FROM feature WHERE"
        + " layer_id = ? AND ST_Intersects(geom, ST_Transform(ST_TileEnvelope(?, ?, ?), 4326))", layer, z, x, y));
    Set<String> withBuffer = new HashSet<>(Sql.column(server.database.dataSource(), "SELECT id FROM feature WHERE"
        + " layer_id = ? AND ST_Intersects(geom, ST_Transform(ST_TileEnvelope(?, ?, ?, margin => 64.0 / 4096),"
        + " 4326))", layer, z, x, y));
    assertFalse(inside.isEmpty());
    assertTrue(ids.containsAll(inside), "every feature in the tile's box: " + inside + " ⊆ " + ids);
    assertTrue(withBuffer.containsAll(ids), "no feature beyond the buffer: " + ids + " ⊆ " + withBuffer);
    if (info.contains("POINT (")) {
      assertPointsInPlace(info, layer, z);
    }
  }

  @Test
  void aTileHasAnETagAnd304sUntilTheDataChanges() {
    String path = TILES + "/13/" + row(19.8075, 13) + "/" + column(105.7775, 13);
    HttpResponse<byte[]> first = server.getBytes(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, server.getBytes(path, "If-None-Match", etag).statusCode());
    Sql.column(server.database.dataSource(), "UPDATE dataset_state SET version = version + 1 RETURNING version");
    HttpResponse<byte[]> after = server.getBytes(path, "If-None-Match", etag);
    assertEquals(200, after.statusCode());
    assertTrue(!etag.equals(after.headers().firstValue("ETag").orElseThrow()));
  }

  @Test
  void aTileFarFromEveryFeatureIsEmpty() {
    HttpResponse<byte[]> r = server.getBytes(TILES + "/5/10/10");
    assertEquals(200, r.statusCode());
    assertEquals(0, r.body().length);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/collections/facilities/tiles/WebMercatorQuad/x/0/0        | 400 | tileMatrix",
      "/collections/facilities/tiles/WebMercatorQuad/3/-1/0       | 400 | tileRow",
      "/collections/facilities/tiles/WebMercatorQuad/3/0/1.5      | 400 | tileCol",
      "/collections/facilities/tiles/WebMercatorQuad/3/0/0?f=json | 400 | f",
      "/collections/facilities/tiles/WebMercatorQuad/25/0/0       | 404 | ",
      "/collections/facilities/tiles/WebMercatorQuad/2/4/0        | 404 | ",
      "/collections/facilities/tiles/WebMercatorQuad/2/0/4        | 404 | ",
      "/collections/facilities/tiles/WorldCRS84Quad/2/0/0         | 404 | ",
      "/collections/facilities/tiles/WorldCRS84Quad               | 404 | ",
      "/collections/no-such-layer/tiles                           | 404 | ",
      "/collections/facilities/tiles/WebMercatorQuad?f=xml        | 400 | f",
  })
  void impossibleTilesAreProblems(String path, int status, String parameter) {
    ProblemAssert.problem(RawHttp.send(server.port(), "GET", path, null), status, parameter);
  }

  /** Every point of the tile (EPSG:3857) lies within a tile unit of its feature. */
  private static void assertPointsInPlace(String info, String layer, int z) {
    Map<String, double[]> truth = new HashMap<>();
    for (String row : Sql.column(server.database.dataSource(), "SELECT id || ' ' || ST_X(geom) || ' ' || ST_Y(geom)"
        + " FROM feature WHERE layer_id = ? AND GeometryType(geom) = 'POINT'", layer)) {
      String[] p = row.split(" ");
      truth.put(p[0], new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2])});
    }
    double unit = 2 * Math.PI * EARTH / (1L << z) / 4096; // metres of one tile unit
    List<String> features = new ArrayList<>(List.of(info.split("OGRFeature\\(")));
    features.remove(0);
    for (String f : features) {
      Matcher id = ID.matcher(f);
      Matcher pt = POINT.matcher(f);
      if (!id.find() || !pt.find()) {
        continue;
      }
      double[] want = truth.get(id.group(1).strip());
      double mx = EARTH * Math.toRadians(want[0]);
      double my = EARTH * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(want[1]) / 2));
      double off = Math.hypot(Double.parseDouble(pt.group(1)) - mx, Double.parseDouble(pt.group(2)) - my);
      assertTrue(off <= unit, id.group(1) + " is " + off + " m from its place (one tile unit: " + unit + " m)");
    }
  }

  private static int column(double lon, int z) {
    return (int) Math.floor((lon + 180) / 360 * (1 << z));
  }

  private static int row(double lat, int z) {
    double r = Math.toRadians(lat);
    return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
  }
}

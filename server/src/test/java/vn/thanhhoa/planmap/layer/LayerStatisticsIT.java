package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * The layer catalog (count, extent, property names; V12's layer_stats kept by the writes) stays what a full
 * rescan of the features says after inserts, edits, deletes and imports — through the API's edit and import paths
 * and through plain SQL in single rows and in bulk, including the removals that shrink an extent.
 */
class LayerStatisticsIT extends ServerPerClass {
  /** The truth: every layer's count, extent and property names, read from all of its features. */
  private static final String RESCAN = """
      SELECT l.id, count(f.id) AS features,
             ST_XMin(ST_Extent(f.geom)) AS xmin, ST_YMin(ST_Extent(f.geom)) AS ymin,
             ST_XMax(ST_Extent(f.geom)) AS xmax, ST_YMax(ST_Extent(f.geom)) AS ymax,
             ARRAY(SELECT DISTINCT k FROM feature f2, jsonb_object_keys(f2.properties) k
                    WHERE f2.layer_id = l.id ORDER BY k)::text AS names
        FROM layer l LEFT JOIN feature f ON f.layer_id = l.id
       GROUP BY l.id ORDER BY l.id""";

  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "stats.editor", Role.EDITOR, List.of());
  }

  private static Browserless editor() {
    return new Browserless(server.url("")).signedIn("stats.editor");
  }

  @Test
  void theCatalogAfterLoadingIsTheRescan() {
    assertCatalogIsTheRescan("after the load");
    assertTrue(rescan().get("roads").features() > 0, "the roads layer has features");
  }

  @Test
  void movingTheOutermostPointInwardsShrinksTheExtentAndMovingItBackRestoresIt() {
    String layer = "stalled-projects";
    String outermost = sql("SELECT id FROM feature WHERE layer_id = ? ORDER BY ST_XMin(geom) LIMIT 1", layer).get(0);
    Stats before = rescan().get(layer);
    String was = server.json("/collections/" + layer + "/items/" + outermost, 200).path("geometry").toString();
    double cx = (before.xmin() + before.xmax()) / 2;
    double cy = (before.ymin() + before.ymax()) / 2;
    patch(outermost, String.format(Locale.ROOT,
        "{\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}}", cx, cy));
    Stats moved = rescan().get(layer);
    assertTrue(moved.xmin() > before.xmin(), "the edit must shrink the extent for this test to mean anything");
    assertCatalogIsTheRescan("after moving " + outermost + " inwards");
    patch(outermost, "{\"geometry\":" + was + "}");
    assertEquals(before, rescan().get(layer));
    assertCatalogIsTheRescan("after moving " + outermost + " back");
  }

  @Test
  void aPropertyAddedByAnEditIsListedAndGoesWhenNoFeatureCarriesItAnyLonger() {
    String id = "pho-le-hoan";
    JsonNode props = Browserless.read(editor().get("/edit/features/" + id).body()).path("properties");
    com.fasterxml.jackson.databind.node.ObjectNode with = props.deepCopy();
    with.put("so_lan_ra_soat", 2);
    patch(id, "{\"properties\":" + with + "}");
    assertTrue(catalogNames("roads").contains("so_lan_ra_soat"));
    assertCatalogIsTheRescan("after adding a property");
    patch(id, "{\"properties\":" + props + "}");
    assertTrue(!catalogNames("roads").contains("so_lan_ra_soat"), "no feature carries it any longer");
    assertCatalogIsTheRescan("after removing it");
  }

  @Test
  void aPlaceCreatedByAnImportIsCounted() {
    long urbanBefore = rescan().get("urban-areas").features();
    String park = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"ten\":"
        + "\"Công viên thống kê\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105.8090,19.7780],"
        + "[105.8170,19.7782],[105.8172,19.7855],[105.8088,19.7851],[105.8090,19.7780]]]}}]}";
    Browserless an = editor();
    HttpResponse<String> r = an.send("POST", "/imports?filename=cong-vien.geojson", "application/geo+json",
        park.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
    assertEquals(201, r.statusCode(), r.body());
    HttpResponse<String> applied = an.write("POST", "/imports/" + Browserless.read(r.body()).path("id").asText()
        + "/apply", "{\"assign\":[{\"index\":0,\"layer\":\"urban-areas\",\"name\":\"Công viên thống kê\","
        + "\"kind\":\"park\"}],\"accuracy\":{\"class\":\"from_plan\",\"metres\":5,\"source\":\"Bản vẽ\"}}");
    assertEquals(200, applied.statusCode(), applied.body());
    assertEquals(urbanBefore + 1, rescan().get("urban-areas").features());
    assertCatalogIsTheRescan("after an import created a place");
  }

  @Test
  void bulkInsertsMovesBetweenLayersAndDeletesDownToAnEmptyLayer() {
    // a layer of its own, so that emptying it disturbs no other test
    sql("INSERT INTO layer (id, title_vi, title_en, sort_order) VALUES ('stats-scratch', 'Nháp', 'Scratch', 99)"
        + " RETURNING id");
    assertCatalogIsTheRescan("an empty new layer");
    assertNull(catalogLayer("stats-scratch").extent());
    sql("INSERT INTO feature (id, layer_id, name, kind, accuracy, accuracy_class, accuracy_m, properties, geom,"
        + " search_text, sort_order)"
        + " SELECT 'stats-' || i, 'stats-scratch', 'Điểm ' || i, 'point', 'schematic', 'schematic', 1500,"
        + " CASE WHEN i % 2 = 0 THEN '{\"chan\":true}'::jsonb ELSE '{\"le\":1}'::jsonb END,"
        + " ST_SetSRID(ST_MakePoint(105.70 + i * 0.001, 19.75 + i * 0.0005), 4326), 'diem', i"
        + " FROM generate_series(1, 200) i RETURNING id");
    assertCatalogIsTheRescan("after a bulk insert of 200 features");
    sql("UPDATE feature SET layer_id = 'stats-scratch' WHERE id = (SELECT id FROM feature WHERE layer_id = 'centres'"
        + " ORDER BY id LIMIT 1) RETURNING id");
    assertCatalogIsTheRescan("after moving a feature between layers");
    sql("DELETE FROM feature WHERE id IN ('stats-1', 'stats-200') RETURNING id"); // both ends of the extent
    assertEquals(199, catalogLayer("stats-scratch").features());
    assertCatalogIsTheRescan("after deleting the two outermost features");
    sql("DELETE FROM feature WHERE layer_id = 'stats-scratch' AND properties->>'le' IS NOT NULL RETURNING id");
    assertTrue(catalogNames("stats-scratch").contains("chan") && !catalogNames("stats-scratch").contains("le"),
        catalogNames("stats-scratch").toString());
    assertCatalogIsTheRescan("after deleting every feature with one property");
    sql("DELETE FROM feature WHERE layer_id = 'stats-scratch' RETURNING id");
    assertEquals(0, catalogLayer("stats-scratch").features());
    assertNull(catalogLayer("stats-scratch").extent());
    assertEquals(List.of(), catalogNames("stats-scratch"));
    assertCatalogIsTheRescan("after emptying the layer");
  }

  @Test
  void theCollectionsDocumentFollowsAnEditAtTheNextRequest() {
    String layer = "facilities";
    String id = sql("SELECT id FROM feature WHERE layer_id = ? ORDER BY ST_XMax(geom) DESC LIMIT 1", layer).get(0);
    JsonNode before = collection(layer);
    String etag = server.get("/collections").headers().firstValue("ETag").orElseThrow();
    JsonNode geometry = server.json("/collections/" + layer + "/items/" + id, 200).path("geometry");
    Stats stats = rescan().get(layer);
    String inward = String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}",
        (stats.xmin() + stats.xmax()) / 2, (stats.ymin() + stats.ymax()) / 2);
    patch(id, "{\"geometry\":" + inward + "}");
    assertNotEquals(etag, server.get("/collections").headers().firstValue("ETag").orElseThrow());
    JsonNode after = collection(layer);
    assertNotEquals(before.path("extent"), after.path("extent"), "the east edge moved in");
    assertEquals(rescan().get(layer).xmax(), after.path("extent").path("spatial").path("bbox").get(0).get(2)
        .asDouble(), 1e-12);
    patch(id, "{\"geometry\":" + geometry + "}");
    assertEquals(before.path("extent"), collection(layer).path("extent"));
  }

  private static JsonNode collection(String layer) {
    for (JsonNode c : server.json("/collections", 200).path("collections")) {
      if (c.path("id").asText().equals(layer)) {
        return c;
      }
    }
    throw new AssertionError("no collection " + layer);
  }

  private static void patch(String id, String body) {
    Browserless an = editor();
    String etag = an.get("/edit/features/" + id).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> r = an.write("PATCH", "/edit/features/" + id, body, "If-Match", etag);
    assertEquals(200, r.statusCode(), r.body());
  }

  private record Stats(long features, Double xmin, Double ymin, Double xmax, Double ymax, String names) {}

  private static Map<String, Stats> rescan() {
    Map<String, Stats> out = new LinkedHashMap<>();
    try (Connection c = server.database.dataSource().getConnection();
        PreparedStatement st = c.prepareStatement(RESCAN);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString("id"), new Stats(rs.getLong("features"), (Double) rs.getObject("xmin"),
            (Double) rs.getObject("ymin"), (Double) rs.getObject("xmax"), (Double) rs.getObject("ymax"),
            rs.getString("names")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** A fresh catalog (no cached answer) reading layer_stats and layer_property. */
  private static List<LayerInfo> catalog() {
    return new PostgisLayerCatalog(server.database.dataSource(), server.mapper).layers(System.nanoTime());
  }

  private static LayerInfo catalogLayer(String id) {
    return catalog().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> catalogNames(String id) {
    return catalogLayer(id).extraProperties();
  }

  private static void assertCatalogIsTheRescan(String when) {
    Map<String, Stats> truth = rescan();
    List<String> seen = new ArrayList<>();
    for (LayerInfo l : catalog()) {
      Stats t = truth.get(l.id());
      double[] e = l.extent();
      Stats kept = new Stats(l.features(), e == null ? null : e[0], e == null ? null : e[1], e == null ? null : e[2],
          e == null ? null : e[3], "{" + String.join(",", l.extraProperties()) + "}");
      assertEquals(t, kept, when + ": layer " + l.id());
      seen.add(l.id());
    }
    assertEquals(new ArrayList<>(truth.keySet()), seen.stream().sorted().toList(), when + ": every layer");
  }

  private static List<String> sql(String sql, String... params) {
    return vn.thanhhoa.planmap.support.Sql.column(server.database.dataSource(), sql, (Object[]) params);
  }
}

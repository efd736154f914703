package vn.thanhhoa.planmap.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerPerClass;

/** The structured accuracy in the items, the schemas, the filter, and the editor's PATCH with its history. */
class AccuracyApiIT extends ServerPerClass {

  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "chi.editor", Role.EDITOR, List.of());
  }

  @Test
  void itemsCarryClassMetresAndSourcesInBothLanguages() {
    JsonNode p = server.json("/collections/centres/items/trung-tam-dong-bac", 200).path("properties");
    assertEquals("schematic", p.path("accuracy_class").asText());
    assertTrue(p.path("accuracy_m").isNumber(), p.toString());
    assertEquals(1500, p.path("accuracy_m").asDouble());
    assertTrue(p.path("accuracy_source").asText().contains("Chương trình hành động"), p.toString());
    assertTrue(p.path("accuracy_source_en").asText().contains("action programme"), p.toString());
    JsonNode boundary = server.json("/collections/context/items/tp-thanh-hoa-2021", 200).path("properties");
    assertEquals("from_plan", boundary.path("accuracy_class").asText());
    assertEquals(30, boundary.path("accuracy_m").asDouble());
    assertTrue(boundary.path("accuracy_source_en").asText().contains("gis.chinhphu.vn"));
  }

  @Test
  void schemaAndQueryablesDescribeTheClassesAndTheFilterWorks() throws Exception {
    JsonNode schema = server.json("/collections/roads/schema", 200).path("properties");
    assertEquals(AccuracyClass.ids(), list(schema.path("accuracy_class").path("enum")));
    assertEquals("number", schema.path("accuracy_m").path("type").asText());
    assertEquals("m", schema.path("accuracy_m").path("unit").asText());
    JsonNode queryables = server.json("/collections/roads/queryables", 200).path("properties");
    assertEquals(AccuracyClass.ids(), list(queryables.path("accuracy_class").path("enum")));

    JsonNode items = server.json("/collections/roads/items?accuracy_class=not_located,inferred&limit=100", 200);
    List<String> got = new ArrayList<>();
    items.path("features").forEach(f -> got.add(f.path("properties").path("accuracy_class").asText()));
    assertFalse(got.isEmpty());
    assertTrue(got.stream().allMatch(c -> c.equals("not_located") || c.equals("inferred")), got.toString());
    assertEquals(count("roads", "not_located", "inferred"), got.size());
    var bad = server.get("/collections/roads/items?accuracy_class=guessed");
    assertEquals(400, bad.statusCode());
    assertEquals("accuracy_class", Browserless.read(bad.body()).path("parameter").asText());
  }

  @Test
  void anEditorStatesASurveyedAccuracyAndTheHistoryKeepsTheOldGuess() {
    Browserless chi = new Browserless(server.url("")).signedIn("chi.editor");
    String etag = chi.get("/edit/features/kcn-hoang-long").headers().firstValue("ETag").orElseThrow();
    var saved = chi.write("PATCH", "/edit/features/kcn-hoang-long", """
        {"accuracy": {"class": "surveyed", "metres": 2,
          "source": "Bản đồ đo đạc địa chính tỷ lệ 1/500", "source_en": "Cadastral survey map, 1/500"}}""",
        "If-Match", etag);
    assertEquals(200, saved.statusCode(), saved.body());
    JsonNode p = server.json("/collections/industrial-zones/items/kcn-hoang-long", 200).path("properties");
    assertEquals("surveyed", p.path("accuracy_class").asText());
    assertEquals(2, p.path("accuracy_m").asDouble());
    assertEquals("surveyed, ±2 m: Cadastral survey map, 1/500", p.path("accuracy").asText());
    assertEquals("đo đạc, ±2 m: Bản đồ đo đạc địa chính tỷ lệ 1/500", p.path("accuracy_vi").asText());
    JsonNode h = Browserless.read(chi.get("/history?entity=feature&id=kcn-hoang-long").body()).path("history").get(0);
    assertEquals("chi.editor", h.path("username").asText());
    assertEquals("schematic", h.path("before").path("accuracy_class").asText());
    assertEquals(1500, h.path("before").path("accuracy_m").asDouble());
    assertEquals("surveyed", h.path("after").path("accuracy_class").asText());
    JsonNode old = server.json("/collections/industrial-zones/items/kcn-hoang-long?as_of=2026-11-26", 200);
    assertEquals("schematic", old.path("properties").path("accuracy_class").asText(), "as of yesterday");
  }

  @Test
  void aBadAccuracyIsRefusedNamingTheFieldAndNothingIsSaved() {
    Browserless chi = new Browserless(server.url("")).signedIn("chi.editor");
    String[][] cases = {
        {"{\"accuracy\": {\"class\": \"guessed\", \"metres\": 5, \"source\": \"x\"}}", "accuracy.class"},
        {"{\"accuracy\": {\"class\": \"surveyed\", \"metres\": -5, \"source\": \"x\"}}", "accuracy.metres"},
        {"{\"accuracy\": {\"class\": \"surveyed\", \"metres\": \"5\", \"source\": \"x\"}}", "accuracy.metres"},
        {"{\"accuracy\": {\"class\": \"surveyed\", \"metres\": 1e9, \"source\": \"x\"}}", "accuracy.metres"},
        {"{\"accuracy\": {\"class\": \"surveyed\", \"metres\": 5}}", "accuracy.source"},
        {"{\"accuracy\": {\"class\": \"surveyed\", \"metres\": 5, \"source\": \"x\", \"radius\": 5}}",
            "accuracy.radius"},
    };
    for (String[] c : cases) {
      String etag = chi.get("/edit/features/nui-do").headers().firstValue("ETag").orElseThrow();
      var r = chi.write("PATCH", "/edit/features/nui-do", c[0], "If-Match", etag);
      assertEquals(400, r.statusCode(), c[0] + " → " + r.body());
      assertEquals(c[1], Browserless.read(r.body()).path("parameter").asText(), c[0]);
      assertEquals(etag, chi.get("/edit/features/nui-do").headers().firstValue("ETag").orElseThrow(),
          "nothing saved: " + c[0]);
    }
    JsonNode p = server.json("/collections/facilities/items/nui-do", 200).path("properties");
    assertEquals("schematic", p.path("accuracy_class").asText());
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static int count(String layer, String... classes) throws Exception {
    try (Connection c = server.database.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM feature WHERE layer_id = '" + layer
            + "' AND accuracy_class IN ('" + String.join("','", classes) + "')")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}

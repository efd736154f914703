package vn.thanhhoa.planmap.geodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.support.TestDatabases;

class GeodataLoaderIT {
  private static final Path MINIMAL = TestDatabases.fixture("geodata/minimal");
  private static Database db;
  private static GeodataLoader loader;

  @BeforeAll
  static void setUp() {
    db = TestDatabases.emptySchema();
    db.migrate();
    loader = new GeodataLoader(db.dataSource(), Json.mapper());
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  /** Every row of the loaded tables, as one digest, so that two loads can be compared exactly. */
  private static String snapshot() throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("""
            SELECT md5(string_agg(x, '|' ORDER BY x)) || ':' || count(*) FROM (
              SELECT 'f' || f::text AS x FROM (SELECT id, layer_id, name, name_en, kind, accuracy, source_text,
                     properties, ST_AsEWKT(geom), search_text, sort_order FROM feature) f
              UNION ALL SELECT 't' || t::text FROM task t
              UNION ALL SELECT 'a' || a::text FROM agency a
              UNION ALL SELECT 'l' || l::text FROM layer l
              UNION ALL SELECT 's' || s::text FROM section s
              UNION ALL SELECT 'i' || i::text FROM indicator i
              UNION ALL SELECT 'ft' || ft::text FROM feature_task ft
              UNION ALL SELECT 'ta' || ta::text FROM task_agency ta) rows""")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long count(String table) throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void loadingTwiceLeavesTheSameRows() throws Exception {
    loader.load(MINIMAL, true);
    String first = snapshot();
    assertEquals(GeodataLoader.Outcome.LOADED, loader.load(MINIMAL, true));
    assertEquals(first, snapshot());
    assertEquals(GeodataLoader.Outcome.UNCHANGED, loader.load(MINIMAL, false));
    assertEquals(first, snapshot());
    assertEquals(3, count("feature"));
    assertEquals(3, count("task"));
    assertEquals(4, count("feature_task"));
  }

  @Test
  void dueDatesAreDerivedFromTheDeadlineText() throws Exception {
    loader.load(MINIMAL, true);
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT code, due_date FROM task ORDER BY sort_order")) {
      rs.next();
      assertEquals("IV.10", rs.getString(1));
      assertEquals("2023-03-31", rs.getString(2));
      rs.next();
      assertEquals(null, rs.getString(2), "ongoing tasks have no due date");
    }
  }

  @Test
  void aDeletedFeatureDisappearsOnReload(@TempDir Path tmp) throws Exception {
    Path dir = TestDatabases.copy(MINIMAL, tmp);
    loader.load(dir, true);
    Path roads = dir.resolve("layers/roads.geojson");
    String text = Files.readString(roads);
    int cut = text.indexOf("    { \"type\": \"Feature\",", text.indexOf("cau-dai-hung") - 400);
    Files.writeString(roads, text.substring(0, text.lastIndexOf(',', cut)) + "\n  ]\n}\n");
    loader.load(dir, false);
    assertEquals(2, count("feature"));
    loader.load(MINIMAL, false);
    assertEquals(3, count("feature"));
  }

  @Test
  void placesEditedInPlanmapSurviveAChangeOfTheFiles(@TempDir Path tmp) throws Exception {
    try (Database own = TestDatabases.emptySchema()) { // history rows are for ever: a database of its own
      own.migrate();
      editedPlacesSurvive(own, new GeodataLoader(own.dataSource(), Json.mapper()), tmp);
    }
  }

  private static void editedPlacesSurvive(Database db, GeodataLoader loader, Path tmp) throws Exception {
    loader.load(MINIMAL, true);
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      // an editor redrew cau-dai-hung and unlinked its tasks; an import created a place the files never had
      st.execute("UPDATE feature SET name = 'Cầu Đại Hùng (đo đạc)', geom = 'SRID=4326;LINESTRING(105.80 19.83, 105.81"
          + " 19.84)', accuracy_class = 'surveyed', accuracy_m = 2 WHERE id = 'cau-dai-hung'");
      st.execute("DELETE FROM feature_task WHERE feature_id = 'cau-dai-hung'");
      st.execute("INSERT INTO feature (id, layer_id, name, kind, accuracy, accuracy_class, accuracy_m, geom, search_text,"
          + " sort_order) SELECT 'imported-place', layer_id, 'Công viên mới', kind, 'x', 'from_plan', 2,"
          + " 'SRID=4326;POINT(105.78 19.81)', 'cong vien moi', 99 FROM feature WHERE id = 'cau-dai-hung'");
      st.execute("INSERT INTO history (entity, entity_id, action, username) VALUES ('feature', 'cau-dai-hung', 'edit',"
          + " 'em.editor'), ('feature', 'imported-place', 'create', 'em.editor')");
    }
    Path dir = TestDatabases.copy(MINIMAL, tmp);
    Path roads = dir.resolve("layers/roads.geojson");
    Files.writeString(roads, Files.readString(roads).replace("Đại lộ", "Đại lộ (sửa)"));
    assertEquals(GeodataLoader.Outcome.LOADED, loader.load(dir, false));
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, name, ST_AsText(geom), accuracy_class,"
            + " (SELECT count(*) FROM feature_task ft WHERE ft.feature_id = f.id) FROM feature f ORDER BY id")) {
      java.util.Map<String, String> rows = new java.util.TreeMap<>();
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getString(4) + " | "
            + rs.getLong(5));
      }
      assertEquals("Cầu Đại Hùng (đo đạc) | LINESTRING(105.8 19.83,105.81 19.84) | surveyed | 0",
          rows.get("cau-dai-hung"), "the edit stands: " + rows);
      assertTrue(rows.containsKey("imported-place"), "the imported place stays: " + rows);
      assertTrue(rows.values().stream().anyMatch(r -> r.startsWith("Đại lộ (sửa)")),
          "places nobody edited follow the files: " + rows);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON        | layers/roads.geojson    | \"kind\": \"road\",        | \"kind\": \"road\",,      | roads.geojson:",
      "unknown task code     | layers/roads.geojson    | \"tasks\": [\"VI.2\"]      | \"tasks\": [\"XX.9\"]     | unknown task XX.9",
      "unknown deadline form | programme/tasks.json    | Quý I/2023                 | Sớm nhất có thể           | unknown deadline form",
      "unknown agency        | programme/tasks.json    | \"lead\": [\"so-xay-dung\"] | \"lead\": [\"so-ma\"]     | unknown agency id",
      "invalid geometry      | layers/centres.geojson  | [105.79, 19.82]            | [105.76, 19.79]           | invalid geometry",
      "outside the region    | layers/roads.geojson    | [105.78, 19.85]            | [106.78, 19.85]           | leaves the region",
      "duplicate feature id  | layers/roads.geojson    | \"id\": \"cau-dai-hung\"   | \"id\": \"dai-lo-bac-song-ma\" | duplicate feature id",
      "unknown accuracy class | layers/centres.geojson | \"accuracy_class\": \"schematic\" | \"accuracy_class\": \"guessed\" | accuracy_class 'guessed' is not one of",
      "metres unlike sentence | layers/centres.geojson | \"accuracy_m\": 500         | \"accuracy_m\": 50        | disagrees with its accuracy sentence",
      "no accuracy source     | layers/centres.geojson | \"accuracy_source\": \"Chương trình hành động\" | \"accuracy_source\": \"\" | 'accuracy_source'",
  })
  void aBadFileFailsNamingFileAndLineAndChangesNothing(String name, String file, String from, String to,
      String message, @TempDir Path tmp) throws Exception {
    loader.load(MINIMAL, true);
    String before = snapshot();
    Path dir = TestDatabases.copy(MINIMAL, tmp);
    Path target = dir.resolve(file);
    String text = Files.readString(target);
    assertTrue(text.contains(from), "fixture holds " + from);
    Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    GeodataException e = assertThrows(GeodataException.class, () -> loader.load(dir, true));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.file().endsWith(Path.of(file).getFileName()), e.getMessage());
    assertTrue(e.line() > 0, "a line is named: " + e.getMessage());
    assertEquals(before, snapshot(), "the database is as it was");
  }
}

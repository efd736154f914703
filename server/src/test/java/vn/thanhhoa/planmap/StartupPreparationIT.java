package vn.thanhhoa.planmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.db.DatabaseUnavailableException;
import vn.thanhhoa.planmap.support.Migrations;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestPostgis;

/**
 * A start ({@link Startup#prepare}) skips what has not changed and still does what has: Flyway only when the
 * migrations, the service role or the history differ from the last run's (schema_state, V17), the geodata only when
 * its files changed, and then the office's edits stand.
 */
class StartupPreparationIT {
  private static final Path MINIMAL = TestDatabases.fixture("geodata/minimal");
  private final TestPostgis pg = TestPostgis.get();

  @Test
  void aStartOverAnUnchangedSchemaAndGeodataNeedsNoOwnerAndLoadsNothing(@TempDir Path tmp) throws Exception {
    String url = pg.freshSchema();
    AppConfig config = TestDatabases.config(url, pg).withGeodata(TestDatabases.copy(MINIMAL, tmp));
    try (Database db = Startup.prepare(config, Json.mapper())) {
      assertEquals("1", value(db, "SELECT version FROM dataset_state"), "the first start loads the geodata");
    }
    // the owner's password is wrong: a start that ran Flyway would fail to connect as the owner
    AppConfig noOwner = config.withDbOwner(pg.owner.user(), "not the owner's password");
    try (Database db = Startup.prepare(noOwner, Json.mapper())) {
      assertEquals(Migrations.newest(), db.schemaVersion().orElseThrow());
      assertEquals("1", value(db, "SELECT version FROM dataset_state"), "unchanged files are not loaded again");
    }
    // once the migration files differ from the last run's (as after an upgrade), Flyway runs as the owner again
    asOwner(url, "UPDATE schema_state SET migrations_sha256 = repeat('0', 64)");
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> Startup.prepare(noOwner, Json.mapper()).close());
    assertTrue(e.getMessage().contains("as the owner"), e.getMessage());
    try (Database db = Startup.prepare(config, Json.mapper())) {
      assertEquals("1", value(db, "SELECT count(*) FROM schema_state WHERE migrations_sha256 <> repeat('0', 64)"),
          "the migrated schema's state is recorded again");
    }
  }

  @Test
  void aStartAfterAnotherPlanmapMigratedOrAnotherServiceRoleRunsFlyway(@TempDir Path tmp) throws Exception {
    String url = pg.freshSchema();
    AppConfig config = TestDatabases.config(url, pg).withGeodata(TestDatabases.copy(MINIMAL, tmp));
    Startup.prepare(config, Json.mapper()).close();
    asOwner(url, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
        + " installed_by, execution_time, success) VALUES (999, '999', 'from the future', 'SQL', 'V999__x.sql', 0,"
        + " current_user, 0, true)");
    Exception newer = assertThrows(RuntimeException.class, () -> Startup.prepare(config, Json.mapper()).close());
    assertTrue(newer.getMessage().contains("999"), "a newer planmap's migration is seen: " + newer.getMessage());
    asOwner(url, "DELETE FROM flyway_schema_history WHERE installed_rank = 999");
    asOwner(url, "UPDATE schema_state SET service_role = 'someone_else'");
    Startup.prepare(config, Json.mapper()).close();
    assertEquals(pg.service.user(), valueAsOwner(url, "SELECT service_role FROM schema_state"),
        "the service's role is granted again, and recorded");
  }

  @Test
  void theServiceMayReadTheSchemasStateButNotWriteIt(@TempDir Path tmp) throws Exception {
    String url = pg.freshSchema();
    try (Database db = Startup.prepare(TestDatabases.config(url, pg).withGeodata(TestDatabases.copy(MINIMAL, tmp)),
        Json.mapper())) {
      assertEquals("1", value(db, "SELECT count(*) FROM schema_state"));
      SQLException e = assertThrows(SQLException.class, () -> value(db,
          "UPDATE schema_state SET history_rank = history_rank + 1 RETURNING history_rank"));
      assertEquals("42501", e.getSQLState(), "permission denied: " + e.getMessage());
    }
  }

  @Test
  void aStartLoadsChangedGeodataAndKeepsTheOfficesEdits(@TempDir Path tmp) throws Exception {
    String url = pg.freshSchema();
    Path files = TestDatabases.copy(MINIMAL, tmp);
    AppConfig config = TestDatabases.config(url, pg).withGeodata(files);
    try (Database db = Startup.prepare(config, Json.mapper()); Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement()) {
      // an editor redrew a place in planmap (history says so)
      st.execute("UPDATE feature SET name = 'Cầu Đại Hùng (đo đạc)', geom = 'SRID=4326;LINESTRING(105.80 19.83,"
          + " 105.81 19.84)', accuracy_class = 'surveyed', accuracy_m = 2 WHERE id = 'cau-dai-hung'");
      st.execute("INSERT INTO history (entity, entity_id, action, username) VALUES ('feature', 'cau-dai-hung', 'edit',"
          + " 'em.editor')");
    }
    Path roads = files.resolve("layers/roads.geojson");
    Files.writeString(roads, Files.readString(roads).replace("Đại lộ", "Đại lộ (sửa)"));
    try (Database db = Startup.prepare(config, Json.mapper()); Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, name, ST_AsText(geom) FROM feature ORDER BY id")) {
      Map<String, String> rows = new TreeMap<>();
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getString(2) + " | " + rs.getString(3));
      }
      assertEquals("2", value(db, "SELECT version FROM dataset_state"), "the changed files are loaded");
      assertEquals("Cầu Đại Hùng (đo đạc) | LINESTRING(105.8 19.83,105.81 19.84)", rows.get("cau-dai-hung"),
          "the office's edit stands: " + rows);
      assertTrue(rows.values().stream().anyMatch(r -> r.startsWith("Đại lộ (sửa) Bắc Sông Mã")),
          "places nobody edited follow the files: " + rows);
    }
  }

  private static String value(Database db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void asOwner(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, pg.owner.user(), pg.owner.password());
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private String valueAsOwner(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, pg.owner.user(), pg.owner.password());
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

package vn.thanhhoa.planmap.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestPostgis;
import vn.thanhhoa.planmap.support.Migrations;

class MigrationsIT {
  /** The newest migration in migrations/ (V5__…, V5.1__… → "5.1"). */
  private static final String NEWEST = Migrations.newest();

  @Test
  void migratesAnEmptyDatabaseToTheNewestSchema() throws Exception {
    try (Database db = TestDatabases.emptySchema()) {
      assertTrue(db.schemaVersion().isEmpty());
      assertEquals(NEWEST, db.migrate());
      Set<String> tables = new HashSet<>();
      try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
              + " WHERE table_schema = current_schema()")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      assertTrue(tables.containsAll(Set.of("layer", "feature", "task", "agency", "task_agency", "feature_task",
          "section", "indicator", "dataset_state")), tables.toString());
      try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'feature'"
              + " AND schemaname = current_schema() AND indexdef LIKE '%USING gist%'")) {
        assertTrue(rs.next(), "feature.geom has a GiST index");
      }
      assertEquals(NEWEST, db.migrate(), "migrating again changes nothing");
    }
  }

  @Test
  void everyFeatureStatesItsAccuracyClassAndMetres() throws Exception {
    try (Database db = TestDatabases.emptySchema()) {
      db.migrate();
      try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
        st.execute("INSERT INTO layer (id, title_vi, title_en, sort_order) VALUES ('l', 'L', 'L', 0)");
        String insert = "INSERT INTO feature (id, layer_id, name, kind, accuracy, accuracy_class, accuracy_m, geom,"
            + " search_text) VALUES ('%s', 'l', 'n', 'k', 'a', %s, %s, 'SRID=4326;POINT(105.7 19.8)', 'n')";
        st.execute(insert.formatted("ok", "'schematic'", "600"));
        assertThrows(java.sql.SQLException.class, () -> st.execute(insert.formatted("bad-class", "'guessed'", "600")));
        assertThrows(java.sql.SQLException.class, () -> st.execute(insert.formatted("no-metres", "'schematic'", "NULL")));
        assertThrows(java.sql.SQLException.class, () -> st.execute(insert.formatted("zero", "'surveyed'", "0")));
      }
    }
  }

  @Test
  void refusesADatabaseMigratedByANewerPlanmap() throws Exception {
    TestPostgis pg = TestPostgis.get();
    String url = pg.freshSchema();
    try (Database db = Database.connect(TestDatabases.config(url, pg))) {
      db.migrate();
      // as the schema's owner: the service may only read the migrations' table
      try (Connection c = DriverManager.getConnection(url, pg.owner.user(), pg.owner.password());
          Statement st = c.createStatement()) {
        st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
            + " 'V99__from_the_future.sql', 0, current_user, 0, true)");
      }
      SchemaTooNewException e = assertThrows(SchemaTooNewException.class, db::migrate);
      assertTrue(e.getMessage().contains("99"), e.getMessage());
    }
  }
}

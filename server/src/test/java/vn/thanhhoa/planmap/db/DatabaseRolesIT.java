package vn.thanhhoa.planmap.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestPostgis;

/**
 * The service's database role (migrations ran as the owner's): it reads and appends the history but can
 * neither change, delete, truncate nor alter it, nor switch its triggers off, and owns no table.
 */
class DatabaseRolesIT {
  private static final String INSERT_HISTORY = "INSERT INTO history (entity, entity_id, action, username)"
      + " VALUES ('task', 'I.1', 'test', 'someone')";
  private static String url;
  private static Database db;

  @BeforeAll
  static void migrate() {
    TestPostgis pg = TestPostgis.get();
    url = pg.freshSchema();
    db = Database.connect(TestDatabases.config(url, pg));
    db.migrate();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "TRUNCATE history",
      "ALTER TABLE history DISABLE TRIGGER ALL",
      "ALTER TABLE history DISABLE TRIGGER history_no_update",
      "UPDATE history SET username = 'someone else'",
      "DELETE FROM history",
      "DROP TABLE history",
      "ALTER TABLE history OWNER TO CURRENT_USER",
      "ALTER TABLE feature ADD COLUMN x integer",
      "TRUNCATE feature CASCADE",
      "DELETE FROM flyway_schema_history"})
  void theServiceMayNot(String statement) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute(INSERT_HISTORY);
      SQLException e = assertThrows(SQLException.class, () -> st.execute(statement), statement);
      assertEquals("42501", e.getSQLState(), statement + ": refused for want of privilege, not by a trigger: "
          + e.getMessage());
    }
  }

  @Test
  void theServiceReadsAndAppends() throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      assertEquals(1, st.executeUpdate(INSERT_HISTORY));
      assertTrue(st.executeQuery("SELECT count(*) FROM history").next());
      assertEquals(0, st.executeUpdate("UPDATE feature SET name = name WHERE false"), "the app may edit places");
    }
    assertEquals(Optional.empty(), db.historyErasable());
  }

  @Test
  void oneUserForBothIsFlaggedAsAbleToEraseTheHistory() {
    TestPostgis pg = TestPostgis.get();
    try (Database same = Database.connect(TestDatabases.config(url, pg)
        .withDatabase(url, pg.owner.user(), pg.owner.password()))) {
      Optional<String> why = same.historyErasable();
      assertTrue(why.isPresent());
      assertTrue(why.get().contains(pg.owner.user()) && why.get().contains("owns"), why.get());
      assertFalse(db.historyErasable().isPresent());
    }
  }
}

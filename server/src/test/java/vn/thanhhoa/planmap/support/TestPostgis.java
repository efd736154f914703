package vn.thanhhoa.planmap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostGIS that integration tests run against, found in this order:
 *
 * <ol>
 *   <li>{@code PLANMAP_TEST_DB_URL} (with {@code PLANMAP_TEST_DB_USER}, {@code PLANMAP_TEST_DB_PASSWORD});
 *   <li>a Testcontainers PostGIS, when a Docker engine answers;
 *   <li>planmap's managed local cluster ({@code PLANMAP_LOCAL_PG_URL}, set by {@code ./planmap test}): a fresh
 *       database for this test run, dropped when the run ends.
 * </ol>
 *
 * There is no fallback to anything but PostGIS: without one, the tests fail and say how to get one.
 * Each test class then takes a schema of its own ({@link #freshSchema}).
 */
public final class TestPostgis {
  private static TestPostgis instance;

  public final String url;
  public final String user;
  public final String password;

  private TestPostgis(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static synchronized TestPostgis get() {
    if (instance == null) {
      instance = find();
    }
    return instance;
  }

  private static TestPostgis find() {
    String explicit = System.getenv("PLANMAP_TEST_DB_URL");
    if (explicit != null && !explicit.isBlank()) {
      return new TestPostgis(explicit, env("PLANMAP_TEST_DB_USER", "postgres"), env("PLANMAP_TEST_DB_PASSWORD", ""));
    }
    TestPostgis container = DockerPostgis.startIfDockerAnswers();
    if (container != null) {
      return container;
    }
    String local = System.getenv("PLANMAP_LOCAL_PG_URL");
    if (local != null && !local.isBlank()) {
      return freshLocalDatabase(local, env("PLANMAP_LOCAL_PG_ADMIN_PASSWORD", ""));
    }
    throw new IllegalStateException("no PostGIS for the integration tests: run them with `./planmap test`"
        + " (which provisions one), or set PLANMAP_TEST_DB_URL, or start a Docker engine");
  }

  static TestPostgis of(String url, String user, String password) {
    return new TestPostgis(url, user, password);
  }

  private static TestPostgis freshLocalDatabase(String adminUrl, String adminPassword) {
    String name = "planmap_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(adminUrl, "postgres", adminPassword);
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("creating the test database on " + adminUrl + ": " + e.getMessage(), e);
    }
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    try (Connection c = DriverManager.getConnection(url, "postgres", adminPassword);
        Statement st = c.createStatement()) {
      st.execute("CREATE EXTENSION postgis");
    } catch (SQLException e) {
      throw new IllegalStateException("creating PostGIS in " + url + ": " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Connection c = DriverManager.getConnection(adminUrl, "postgres", adminPassword);
          Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (SQLException e) {
        System.err.println("could not drop test database " + name + ": " + e.getMessage());
      }
    }));
    return new TestPostgis(url, "postgres", adminPassword);
  }

  /** A new, empty schema; its JDBC URL puts it first on the search path, before public (PostGIS). */
  public String freshSchema() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("creating schema " + schema + ": " + e.getMessage(), e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
  }

  private static String env(String key, String dflt) {
    String v = System.getenv(key);
    return v == null ? dflt : v;
  }
}

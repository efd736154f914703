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
 *   <li>{@code PLANMAP_TEST_DB_URL} (with {@code PLANMAP_TEST_DB_USER}, {@code PLANMAP_TEST_DB_PASSWORD}: a user
 *       that may create roles);
 *   <li>a Testcontainers PostGIS, when a Docker engine answers;
 *   <li>planmap's managed local cluster ({@code PLANMAP_LOCAL_PG_URL}, set by {@code ./planmap test}): a fresh
 *       database for this test run, dropped when the run ends.
 * </ol>
 *
 * There is no fallback to anything but PostGIS: without one, the tests fail and say how to get one. As in a
 * deployment, two roles made for this run split the work: {@link #owner} owns the schemas and runs the
 * migrations, {@link #service} serves and owns nothing; {@link #user} is the administrator the tests check
 * with. Each test class then takes a schema of its own ({@link #freshSchema}).
 */
public final class TestPostgis {
  private static TestPostgis instance;

  public final String url;
  /** An administrator of the database (the cluster's superuser locally): fixtures and checks. */
  public final String user;
  public final String password;
  /** Owns the test schemas; migrations run as this role. */
  public final Role owner;
  /** The service's role, as {@code PLANMAP_DB_USER}: owns nothing. */
  public final Role service;

  /** A database role and its password. */
  public record Role(String user, String password) {}

  private TestPostgis(String url, String user, String password, Role owner, Role service) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.owner = owner;
    this.service = service;
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
      return withRoles(explicit, env("PLANMAP_TEST_DB_USER", "postgres"), env("PLANMAP_TEST_DB_PASSWORD", ""));
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
    return withRoles(url, user, password);
  }

  /** A database of this run, owned (as a deployment's) by the run's owner role, with PostGIS. */
  private static TestPostgis freshLocalDatabase(String adminUrl, String adminPassword) {
    String name = "planmap_test_" + randomId();
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    Role[] roles = roles(adminUrl, "postgres", adminPassword);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> cleanUp(adminUrl, "postgres", adminPassword,
        "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", roles)));
    execute(adminUrl, "postgres", adminPassword, "CREATE DATABASE " + name + " OWNER " + roles[0].user());
    execute(url, "postgres", adminPassword, "CREATE EXTENSION postgis");
    return new TestPostgis(url, "postgres", adminPassword, roles[0], roles[1]);
  }

  /** An existing database (given, or a container's): the run's owner role may create schemas and extensions. */
  private static TestPostgis withRoles(String url, String admin, String adminPassword) {
    Role[] roles = roles(url, admin, adminPassword);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> cleanUp(url, admin, adminPassword,
        "DROP OWNED BY " + roles[0].user() + ", " + roles[1].user() + " CASCADE", roles)));
    execute(url, admin, adminPassword, "DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO "
        + roles[0].user() + "', current_database()); END $$");
    execute(url, admin, adminPassword, "GRANT CREATE ON SCHEMA public TO " + roles[0].user());
    return new TestPostgis(url, admin, adminPassword, roles[0], roles[1]);
  }

  /** This run's owner and service roles, with random names and passwords. */
  private static Role[] roles(String url, String admin, String adminPassword) {
    String prefix = "planmap_t" + randomId();
    Role[] roles = {new Role(prefix + "_owner", randomId() + randomId()),
        new Role(prefix + "_service", randomId() + randomId())};
    for (Role r : roles) {
      execute(url, admin, adminPassword, "CREATE ROLE " + r.user() + " LOGIN PASSWORD '" + r.password() + "'");
    }
    return roles;
  }

  /** When the run ends: the database (or what the roles own in it), then the roles. */
  private static void cleanUp(String url, String admin, String adminPassword, String dropData, Role[] roles) {
    try {
      execute(url, admin, adminPassword, dropData);
      execute(url, admin, adminPassword, "DROP ROLE IF EXISTS " + roles[0].user() + ", " + roles[1].user());
    } catch (IllegalStateException e) {
      System.err.println("could not clean up after the tests: " + e.getMessage());
    }
  }

  /** A new, empty schema owned by {@link #owner}; its JDBC URL puts it first on the search path, before public. */
  public String freshSchema() {
    String schema = "t_" + randomId();
    execute(url, user, password, "CREATE SCHEMA " + schema + " AUTHORIZATION " + owner.user());
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql.replaceAll("PASSWORD '[^']*'", "PASSWORD '…'") + " on " + url + ": "
          + e.getMessage(), e);
    }
  }

  private static String randomId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static String env(String key, String dflt) {
    String v = System.getenv(key);
    return v == null ? dflt : v;
  }
}

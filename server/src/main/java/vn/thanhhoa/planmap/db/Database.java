package vn.thanhhoa.planmap.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import vn.thanhhoa.planmap.config.AppConfig;

/**
 * The PostGIS database: a connection pool of the service's role, and the Flyway migrations of
 * {@code migrations/}, run as the schema's owner ({@link AppConfig#dbOwnerUser()}), who then grants the service
 * its rights (the service owns nothing, so the history cannot be truncated or its triggers disabled).
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final AppConfig config;

  private Database(HikariDataSource pool, AppConfig config) {
    this.pool = pool;
    this.config = config;
  }

  /**
   * Connects: the pool's first connection is made here, once, so that an unreachable database gives one clear
   * error instead of a pool's retries; that connection then serves. The pool keeps two connections open and opens
   * more, up to eight, as requests need them (each costs a SCRAM handshake: 4,096 rounds of HMAC, a tenth of a
   * second of a cold JVM, so a start does not open all eight at once).
   *
   * @throws DatabaseUnavailableException naming host, port and database (never the password)
   */
  public static Database connect(AppConfig config) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.dbUrl());
    hc.setUsername(config.dbUser());
    hc.setPassword(config.dbPassword());
    hc.setMaximumPoolSize(8);
    hc.setMinimumIdle(2);
    hc.setConnectionTimeout(3_000);
    hc.setValidationTimeout(2_000);
    hc.setInitializationFailTimeout(1); // one attempt, in the constructor
    hc.setPoolName("planmap");
    hc.addDataSourceProperty("connectTimeout", "5");
    hc.addDataSourceProperty("loginTimeout", "5");
    hc.addDataSourceProperty("ApplicationName", "planmap");
    // Plans for a bbox or a filter depend on its values (a box over 100 features, or over the whole city):
    // plan each execution with its values, never a generic plan (86 ms → 1.5 ms for a bbox on a 10 k layer).
    hc.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
    try {
      return new Database(new HikariDataSource(hc), config);
    } catch (HikariPool.PoolInitializationException e) {
      String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new DatabaseUnavailableException(
          "cannot connect to the database at " + config.dbAddress() + " as user '" + config.dbUser() + "': " + why, e);
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  /** {@code host:port/database}, for messages. */
  public String address() {
    return config.dbAddress();
  }

  /**
   * Applies the pending migrations as the schema's owner, then (when the owner is another role than the
   * service's) grants the service its rights on every table. When the schema is as the last run left it (the same
   * migration files, service role and history: {@code schema_state}, migrations/V17) nothing is pending and
   * nothing to grant, so Flyway does not run (nor does the owner connect).
   *
   * @return the schema version after migrating
   * @throws SchemaTooNewException when the database holds migrations this code does not know
   * @throws DatabaseUnavailableException when the owner cannot connect
   */
  public String migrate() {
    String files = MigrationFiles.sha256();
    if (schemaIsCurrent(files)) {
      return schemaVersion().orElse("none");
    }
    runFlyway();
    recordSchemaState(files);
    return schemaVersion().orElse("none");
  }

  /** The role {@code grant_service_role} gave its rights to, {@code ""} when the service's role owns the schema. */
  private String grantee() {
    return config.splitsDbRoles() ? config.dbUser() : "";
  }

  private boolean schemaIsCurrent(String files) {
    try (Connection c = pool.getConnection();
        PreparedStatement st = c.prepareStatement(Sql.named("db/select_schema_current"))) {
      st.setString(1, files);
      st.setString(2, grantee());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      if ("42P01".equals(e.getSQLState())) { // undefined_table: never migrated, or not yet to V17
        return false;
      }
      throw DatabaseUnavailableException.wrap("reading the schema's state at " + address(), e);
    }
  }

  private void recordSchemaState(String files) {
    try (Connection c = config.splitsDbRoles() ? ownerConnection() : pool.getConnection();
        PreparedStatement st = c.prepareStatement(Sql.named("db/upsert_schema_state"))) {
      st.setString(1, files);
      st.setString(2, grantee());
      st.executeUpdate();
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("recording the schema's state at " + address(), e);
    }
  }

  private void runFlyway() {
    FluentConfiguration flywayConfig = Flyway.configure();
    if (config.splitsDbRoles()) {
      try (Connection c = ownerConnection()) {
        c.isValid(5);
      } catch (SQLException e) {
        throw new DatabaseUnavailableException("cannot connect to the database at " + address() + " as the owner '"
            + config.dbOwnerUser() + "' to migrate it: " + e.getMessage(), e);
      }
      flywayConfig.dataSource(config.dbUrl(), config.dbOwnerUser(), config.dbOwnerPassword());
    } else {
      flywayConfig.dataSource(pool);
    }
    Flyway flyway = flywayConfig
        .locations("classpath:" + MigrationFiles.LOCATION)
        .ignoreMigrationPatterns("*:future")
        .load();
    for (MigrationInfo m : flyway.info().all()) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
        throw new SchemaTooNewException("the database at " + address() + " has schema version " + m.getVersion()
            + ", newer than this planmap knows. Run the planmap release that migrated it, or point"
            + " PLANMAP_DB_URL at another database.");
      }
    }
    flyway.migrate();
    if (config.splitsDbRoles()) {
      grantServiceRole();
    }
  }

  private void grantServiceRole() {
    try (Connection c = ownerConnection();
        PreparedStatement st = c.prepareStatement(Sql.named("db/grant_service_role"))) {
      st.setString(1, config.dbUser());
      st.execute();
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("granting the service's role '" + config.dbUser() + "' its rights as '"
          + config.dbOwnerUser() + "' at " + address(), e);
    }
  }

  private Connection ownerConnection() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", config.dbOwnerUser());
    props.setProperty("password", config.dbOwnerPassword());
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(config.dbUrl(), props);
  }

  /**
   * Why the service's role could erase the history (it owns the table, through a role it belongs to or as a
   * superuser, or may TRUNCATE it), or empty when it cannot: for the start-up warning.
   */
  public Optional<String> historyErasable() {
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(Sql.named("db/select_history_erasable"))) {
      if (!rs.next()) {
        return Optional.empty();
      }
      if (rs.getBoolean("owns")) {
        return Optional.of("the database user '" + config.dbUser() + "' owns the history table");
      }
      return rs.getBoolean("truncates")
          ? Optional.of("the database user '" + config.dbUser() + "' may TRUNCATE the history table")
          : Optional.empty();
    } catch (SQLException e) {
      throw DatabaseUnavailableException.wrap("checking the rights on the history at " + address(), e);
    }
  }

  /** The version of the newest applied migration, empty when none is applied (or none ever ran). */
  public Optional<String> schemaVersion() {
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(Sql.named("db/select_schema_version"))) {
      return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      if ("42P01".equals(e.getSQLState())) { // undefined_table: never migrated
        return Optional.empty();
      }
      throw new DatabaseUnavailableException("reading the schema version at " + address(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}

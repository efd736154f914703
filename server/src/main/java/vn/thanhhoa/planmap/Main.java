package vn.thanhhoa.planmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.config.Settings;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.db.DatabaseUnavailableException;
import vn.thanhhoa.planmap.db.SchemaTooNewException;
import vn.thanhhoa.planmap.geodata.GeodataException;

/** Wiring only: config → database → migrate → load geodata ({@link Startup}) → serve. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    Running running = start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping");
      running.stop();
    }));
  }

  /** A started planmap: its server and its database. */
  record Running(App app, Database database, int port) {
    void stop() {
      app.stop();
      database.close();
    }
  }

  /**
   * Configures, prepares the database and starts serving; on a bad configuration, an unreachable database, a
   * schema too new, bad geodata or a port in use, prints why and exits with status 1.
   */
  static Running start() {
    AppConfig config;
    try {
      Settings settings = new Settings(System::getenv);
      config = AppConfig.from(settings);
      LOG.info("configuration: {}", settings.describe());
    } catch (IllegalArgumentException e) {
      fail("planmap: bad configuration: " + e.getMessage());
      return null;
    }
    ObjectMapper mapper = Json.mapper();
    Database database;
    try {
      database = Startup.prepare(config, mapper);
    } catch (DatabaseUnavailableException e) {
      fail("planmap: " + e.getMessage() + "\nIs PostgreSQL running and reachable there? `./planmap run` starts"
          + " planmap's own PostGIS cluster; to use another database set PLANMAP_DB_URL, PLANMAP_DB_USER and"
          + " PLANMAP_DB_PASSWORD.");
      return null;
    } catch (SchemaTooNewException e) {
      fail("planmap: " + e.getMessage());
      return null;
    } catch (GeodataException e) {
      fail("planmap: cannot load the geodata: " + e.getMessage());
      return null;
    }
    App app;
    try {
      app = new App(config, mapper, Wiring.routes(config, database, mapper, Clock.systemDefaultZone()));
    } catch (IllegalArgumentException e) {
      fail("planmap: bad HTTPS configuration: " + e.getMessage());
      return null;
    }
    int port;
    try {
      port = app.start().port();
    } catch (RuntimeException e) {
      if (isPortInUse(e)) {
        fail("planmap: port " + config.port() + " is already in use; set PLANMAP_PORT to another port.");
        return null;
      }
      throw e;
    }
    String scheme = config.tls() == null ? "http" : "https";
    LOG.info("planmap serves {}://localhost:{}/", scheme, port);
    if (config.tls() == null && !isLoopback(config.host())) {
      LOG.warn("planmap serves plain HTTP on {}:{}, beyond this machine: passwords and session cookies cross the"
          + " network unencrypted. Set PLANMAP_TLS_CERT and PLANMAP_TLS_KEY, or put an HTTPS proxy in front (README,"
          + " \"Deployment\").", config.host(), config.port());
    }
    return new Running(app, database, port);
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static boolean isPortInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        return true;
      }
    }
    return false;
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }

}

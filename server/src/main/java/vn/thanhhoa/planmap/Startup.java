package vn.thanhhoa.planmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.geodata.GeodataLoader;

/**
 * The database side of a start: connect, migrate (Flyway only when the migration files, the service role or the
 * history changed since the last run), warn when the service could erase the history, and load {@code geodata/}
 * (only when its content changed; places edited in planmap keep their edits). What {@link Main} runs before serving.
 */
public final class Startup {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  private Startup() {}

  /**
   * @return the connected, migrated and loaded database (the caller closes it)
   * @throws vn.thanhhoa.planmap.db.DatabaseUnavailableException when the database (or its owner) cannot connect
   * @throws vn.thanhhoa.planmap.db.SchemaTooNewException         when a newer planmap migrated the database
   * @throws vn.thanhhoa.planmap.geodata.GeodataException         when a geodata file is missing or malformed
   */
  public static Database prepare(AppConfig config, ObjectMapper mapper) {
    Database database = Database.connect(config);
    try {
      String version = database.migrate();
      LOG.info("database {} at schema version {}", database.address(), version);
      database.historyErasable().ifPresent(why -> LOG.warn("{}, so it could erase the audit trail: let another user"
          + " own the schema and run the migrations (PLANMAP_DB_OWNER_USER, see the README's \"Database roles\")",
          why));
      new GeodataLoader(database.dataSource(), mapper).load(config.geodata().toAbsolutePath(), false);
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }
}

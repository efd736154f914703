package vn.thanhhoa.planmap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.config.Settings;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.geodata.GeodataLoader;

/** The bench's own schema in the local database: its configuration, its migration and its synthetic layers. */
final class BenchSchema {
  private BenchSchema() {}

  /** Creates the schema when missing and answers the configuration whose connections use it (port 0: free). */
  static AppConfig config(String schema) throws Exception {
    AppConfig config = AppConfig.from(new Settings(System::getenv));
    try (Connection c = java.sql.DriverManager.getConnection(config.dbUrl(), config.dbOwnerUser(),
        config.dbOwnerPassword());
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    String url = config.dbUrl() + (config.dbUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    return config.withDatabase(url, config.dbUser(), config.dbPassword())
        .withDbOwner(config.dbOwnerUser(), config.dbOwnerPassword()).withPort(0);
  }

  /** Connects to the schema, migrates it and loads the project's geodata into it. */
  static Database open(AppConfig benchConfig) {
    ObjectMapper mapper = Json.mapper();
    Database db = Database.connect(benchConfig);
    db.migrate();
    new GeodataLoader(db.dataSource(), mapper).load(Path.of(System.getenv().getOrDefault("PLANMAP_GEODATA", "geodata")),
        false);
    return db;
  }

  /** The synthetic layers, written as the schema's owner. */
  static SyntheticLayers synthetic(AppConfig benchConfig) {
    String url = benchConfig.dbUrl();
    // as the schema's owner, whose ANALYZE of the million rows the planner needs (the service may not analyze)
    org.postgresql.ds.PGSimpleDataSource owner = new org.postgresql.ds.PGSimpleDataSource();
    owner.setUrl(url);
    owner.setUser(benchConfig.dbOwnerUser());
    owner.setPassword(benchConfig.dbOwnerPassword());
    return new SyntheticLayers(owner);
  }

}

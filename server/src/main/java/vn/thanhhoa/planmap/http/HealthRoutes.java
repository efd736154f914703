package vn.thanhhoa.planmap.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.planmap.db.Database;

/**
 * {@code GET /health}: 200 with the database status and schema version, 503 when the database does not
 * answer. Never cached.
 */
public final class HealthRoutes implements Routes {
  private final Database database;

  public HealthRoutes(Database database) {
    this.database = database;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    new QueryParams(ctx.queryParamMap(), Parameters.NONE);
    Map<String, Object> db = new LinkedHashMap<>();
    Map<String, Object> body = new LinkedHashMap<>();
    ctx.header("Cache-Control", "no-store");
    try {
      db.put("status", "up");
      db.put("schema_version", database.schemaVersion().orElse(null));
      body.put("status", "ok");
      ctx.status(200);
    } catch (RuntimeException e) {
      db.put("status", "down");
      db.put("error", "the database at " + database.address() + " does not answer");
      body.put("status", "unavailable");
      ctx.status(503);
    }
    body.put("database", db);
    ctx.json(body);
  }
}

package vn.thanhhoa.planmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.http.HealthRoutes;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.layer.LayerRoutes;
import vn.thanhhoa.planmap.layer.PostgisLayerCatalog;

/** Builds the route groups of the app from the database, the config and a clock. Tests use it too. */
public final class Wiring {
  private Wiring() {}

  public static List<Routes> routes(AppConfig config, Database database, ObjectMapper mapper, Clock clock) {
    PostgisLayerCatalog layers = new PostgisLayerCatalog(database.dataSource(), mapper);
    return List.of(
        new HealthRoutes(database),
        new LayerRoutes(layers, mapper, clock));
  }
}

package vn.thanhhoa.planmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import vn.thanhhoa.planmap.api.ServiceRoutes;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.http.HealthRoutes;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.layer.LayerRoutes;
import vn.thanhhoa.planmap.layer.PostgisLayerCatalog;
import vn.thanhhoa.planmap.programme.PostgisTaskCatalog;
import vn.thanhhoa.planmap.programme.TaskRoutes;
import vn.thanhhoa.planmap.search.PostgisSearchIndex;
import vn.thanhhoa.planmap.search.SearchRoutes;

/** Builds the route groups of the app from the database, the config and a clock. Tests use it too. */
public final class Wiring {
  private Wiring() {}

  public static List<Routes> routes(AppConfig config, Database database, ObjectMapper mapper, Clock clock) {
    PostgisLayerCatalog layers = new PostgisLayerCatalog(database.dataSource(), mapper);
    return List.of(
        new ServiceRoutes(config, mapper),
        new HealthRoutes(database),
        new LayerRoutes(layers, mapper, clock),
        new TaskRoutes(new PostgisTaskCatalog(database.dataSource()), layers, mapper, clock),
        new SearchRoutes(new PostgisSearchIndex(database.dataSource()), layers::dataVersion));
  }
}

package vn.thanhhoa.planmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.export.ExportRoutes;
import vn.thanhhoa.planmap.export.ExportWorkspace;
import vn.thanhhoa.planmap.export.Exporter;
import vn.thanhhoa.planmap.export.PostgisTaskSource;
import vn.thanhhoa.planmap.http.HealthRoutes;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.layer.LayerRoutes;
import vn.thanhhoa.planmap.layer.PostgisLayerCatalog;

/** Builds the route groups of the app from the database, the config and a clock. Tests use it too. */
public final class Wiring {
  private Wiring() {}

  public static List<Routes> routes(AppConfig config, Database database, ObjectMapper mapper, Clock clock) {
    PostgisLayerCatalog layers = new PostgisLayerCatalog(database.dataSource(), mapper);
    Exporter exporter = new Exporter(layers, new PostgisTaskSource(database.dataSource()), mapper, clock,
        ExportWorkspace.defaultRoot(), config.exportLimit());
    return List.of(
        new HealthRoutes(database),
        new LayerRoutes(layers, mapper, clock),
        new ExportRoutes(layers, exporter, clock));
  }
}

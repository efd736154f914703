package vn.thanhhoa.planmap.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.layer.LayerCatalog;
import vn.thanhhoa.planmap.time.Today;

/**
 * {@code GET /export?layers=…&format=…&crs=…} plus the items API's filters: the selected features as a
 * file download (GeoPackage, Shapefiles, KML, GeoJSON, CSV, the tasks workbook, or the review pack), named
 * by what it holds and the day ({@code Content-Disposition: attachment}). Bad parameters are 400, an export
 * over the configured feature limit 413, both as problem+json.
 */
public final class ExportRoutes implements Routes {
  private final LayerCatalog catalog;
  private final Exporter exporter;
  private final Clock clock;

  public ExportRoutes(LayerCatalog catalog, Exporter exporter, Clock clock) {
    this.catalog = catalog;
    this.exporter = exporter;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/export", this::export);
  }

  private void export(Context ctx) {
    ExportRequest request = ExportRequest.parse(ctx.queryParamMap(), catalog.layers(), Today.in(clock));
    exporter.export(request, () -> {
      ctx.contentType(request.format().mediaType());
      ctx.header("Content-Disposition", "attachment; filename=\"" + request.fileName() + "\"");
      ctx.header("Cache-Control", "no-store");
      return ctx.outputStream();
    });
  }
}

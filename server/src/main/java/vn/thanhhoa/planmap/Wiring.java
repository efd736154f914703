package vn.thanhhoa.planmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import vn.thanhhoa.planmap.annual.AnnualReportRoutes;
import vn.thanhhoa.planmap.annual.AnnualSource;
import vn.thanhhoa.planmap.api.ServiceRoutes;
import vn.thanhhoa.planmap.audit.HistoryRoutes;
import vn.thanhhoa.planmap.auth.Access;
import vn.thanhhoa.planmap.auth.AccountStore;
import vn.thanhhoa.planmap.auth.AuthRoutes;
import vn.thanhhoa.planmap.auth.PasswordHasher;
import vn.thanhhoa.planmap.auth.Sessions;
import vn.thanhhoa.planmap.calendar.CalendarRoutes;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.coordinates.CoordinateRoutes;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.edit.EditRoutes;
import vn.thanhhoa.planmap.edit.FeatureEditor;
import vn.thanhhoa.planmap.edit.TaskEditor;
import vn.thanhhoa.planmap.export.ExportRoutes;
import vn.thanhhoa.planmap.export.Exporter;
import vn.thanhhoa.planmap.export.PostgisTaskSource;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.ClientConnection;
import vn.thanhhoa.planmap.http.HealthRoutes;
import vn.thanhhoa.planmap.http.Routes;
import vn.thanhhoa.planmap.http.UploadGate;
import vn.thanhhoa.planmap.imports.ImportApplier;
import vn.thanhhoa.planmap.imports.ImportReader;
import vn.thanhhoa.planmap.imports.ImportRoutes;
import vn.thanhhoa.planmap.imports.Imports;
import vn.thanhhoa.planmap.indicator.IndicatorRoutes;
import vn.thanhhoa.planmap.report.AttachmentPolicy;
import vn.thanhhoa.planmap.report.AttachmentQuota;
import vn.thanhhoa.planmap.report.ReportRoutes;
import vn.thanhhoa.planmap.report.ReportStore;
import vn.thanhhoa.planmap.export.spi.ExportWorkspace;
import vn.thanhhoa.planmap.export.PostgisExportFeatures;
import vn.thanhhoa.planmap.layer.LayerRoutes;
import vn.thanhhoa.planmap.tiles.TileRoutes;
import vn.thanhhoa.planmap.layer.PostgisLayerCatalog;
import vn.thanhhoa.planmap.programme.PostgisTaskCatalog;
import vn.thanhhoa.planmap.programme.TaskRoutes;
import vn.thanhhoa.planmap.quality.QualityRoutes;
import vn.thanhhoa.planmap.quality.QualityStore;
import vn.thanhhoa.planmap.scan.Georeferencer;
import vn.thanhhoa.planmap.scan.ScanRoutes;
import vn.thanhhoa.planmap.scan.ScanStore;
import vn.thanhhoa.planmap.search.PostgisSearchIndex;
import vn.thanhhoa.planmap.search.SearchRoutes;

/** Builds the route groups of the app from the database, the config and a clock. Tests use it too. */
public final class Wiring {
  private Wiring() {}

  public static List<Routes> routes(AppConfig config, Database database, ObjectMapper mapper, Clock clock) {
    PostgisLayerCatalog layers = new PostgisLayerCatalog(database.dataSource(), mapper);
    Jdbc jdbc = new Jdbc(database.dataSource());
    History history = new History(jdbc, mapper);
    AccountStore accounts = new AccountStore(jdbc, history);
    Sessions sessions = new Sessions(jdbc, accounts);
    Exporter exporter = new Exporter(layers, new PostgisExportFeatures(database.dataSource(), mapper),
        new PostgisTaskSource(database.dataSource()), mapper, clock, ExportWorkspace.defaultRoot(),
        config.exportLimit());
    FeatureEditor featureEditor = new FeatureEditor(jdbc, history, mapper);
    Imports imports = new Imports(new ImportReader(ImportReader.defaultRoot(), mapper), jdbc, mapper, clock);
    return List.of(
        new ClientConnection(config.trustedProxies()),
        new Access(sessions),
        new AuthRoutes(accounts, sessions, new PasswordHasher(), mapper),
        new ServiceRoutes(config, mapper),
        new HealthRoutes(database),
        new LayerRoutes(layers, mapper, clock),
        new TileRoutes(layers, jdbc, mapper),
        new TaskRoutes(new PostgisTaskCatalog(jdbc), layers, mapper, clock),
        new SearchRoutes(new PostgisSearchIndex(jdbc), layers::dataVersion),
        new ReportRoutes(new ReportStore(jdbc, history, clock,
            new AttachmentQuota(config.attachmentQuotaUser(), config.attachmentQuotaTotal())), mapper, clock,
            new UploadGate(Runtime.getRuntime().maxMemory(), AttachmentPolicy.MAX_BYTES)),
        new EditRoutes(featureEditor, new TaskEditor(jdbc, history, mapper), mapper),
        new ImportRoutes(imports, new ImportApplier(imports, jdbc, featureEditor, mapper, clock), mapper),
        new HistoryRoutes(history, mapper, clock),
        new ExportRoutes(layers, exporter, clock),
        new CoordinateRoutes(),
        new ScanRoutes(new ScanStore(jdbc, history, new Georeferencer(mapper), mapper), mapper),
        new CalendarRoutes(jdbc, layers::dataVersion, clock),
        new IndicatorRoutes(jdbc, history, mapper, clock),
        new AnnualReportRoutes(new AnnualSource(jdbc), clock),
        new QualityRoutes(new QualityStore(jdbc), mapper));
  }
}

package vn.thanhhoa.planmap.export;

import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.http.IoAction;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.layer.FeatureQuery;
import vn.thanhhoa.planmap.layer.FeatureRow;
import vn.thanhhoa.planmap.layer.GeoJsonFeatureWriter;
import vn.thanhhoa.planmap.layer.LayerCatalog;

/**
 * Carries out one {@link ExportRequest}: checks the feature limit, reads the features layer by layer in
 * drawing order through {@link LayerCatalog#forEachFeature} (a server-side cursor, one feature at a time)
 * and the tasks through
 * {@link TaskSource}, and has the format's writer write them to the {@link Download}.
 *
 * <p>GeoJSON, KML and CSV stream straight to the download. GeoPackage, Shapefiles, the workbook and the
 * review pack are built in an {@link ExportWorkspace} first and then streamed; the workspace is deleted in
 * every case, also when the client goes away mid-download. Memory stays bounded whatever the export's size.
 */
public final class Exporter {
  private final LayerCatalog catalog;
  private final TaskSource tasks;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Path tempRoot;
  private final long limit;

  /**
   * @param tempRoot the folder under which each export gets its own temporary folder
   * @param limit    the most features one export may hold
   */
  public Exporter(LayerCatalog catalog, TaskSource tasks, ObjectMapper mapper, Clock clock, Path tempRoot,
      long limit) {
    this.catalog = catalog;
    this.tasks = tasks;
    this.mapper = mapper;
    this.clock = clock;
    this.tempRoot = tempRoot;
    this.limit = limit;
  }

  /**
   * Writes the export.
   *
   * @throws ProblemException 413 when more features match than the limit allows (nothing is written then)
   */
  public void export(ExportRequest request, Download download) {
    FeatureQuery query = request.query().page((int) Math.min(limit, Integer.MAX_VALUE), 0);
    long matched = catalog.count(query);
    if (matched > limit) {
      throw ProblemException.tooLarge("this export would hold " + matched + " features; an export holds at most "
          + limit + " (PLANMAP_EXPORT_MAX_FEATURES). Choose fewer layers or filter with bbox, task, lead, kind,"
          + " due_before, due_after, overdue, timeliness or q.", Map.of("allowed", Map.of("max_features", limit)));
    }
    switch (request.format()) {
      case GEOJSON -> geoJson(request, query, download.open());
      case KML -> kml(request, query, download);
      case CSV -> csv(request, query, download);
      default -> {
        try (ExportWorkspace workspace = ExportWorkspace.create(tempRoot)) {
          switch (request.format()) {
            case GPKG -> geoPackage(request, query, workspace, download);
            case SHP -> shapefiles(request, query, workspace, download);
            case XLSX -> workbook(request, query, workspace, download);
            default -> reviewPack(request, query, workspace, download);
          }
        }
      }
    }
  }

  private void geoJson(ExportRequest request, FeatureQuery query, OutputStream out) {
    try (GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(out, mapper, null)) {
      writer.startCollection();
      forEachFeature(request, query, writer::feature);
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("numberReturned", writer.written());
      members.put("timeStamp", Instant.now(clock).toString());
      writer.endCollection(members);
    }
  }

  private void kml(ExportRequest request, FeatureQuery query, Download download) {
    ExportFeatureParser parser = new ExportFeatureParser(Crs.WGS84, mapper);
    OutputStream out = download.open();
    KmlWriter kml = new KmlWriter(out, request.layers(), "planmap — " + request.fileName());
    forEachFeature(request, query, row -> kml.write(parser.parse(row)));
    kml.finish();
    IoAction.unchecked(out::flush);
  }

  private void csv(ExportRequest request, FeatureQuery query, Download download) {
    ExportFeatureParser parser = new ExportFeatureParser(request.crs(), mapper);
    CsvWriter csv = new CsvWriter(download.open(), request.crs(), request.layers());
    forEachFeature(request, query, row -> csv.write(parser.parse(row)));
    csv.finish();
  }

  private void geoPackage(ExportRequest request, FeatureQuery query, ExportWorkspace workspace, Download download) {
    Path file = workspace.resolve("export.gpkg");
    ExportFeatureParser parser = new ExportFeatureParser(request.crs(), mapper);
    try (GeoPackageWriter gpkg = new GeoPackageWriter(file, request.crs(), request.layers())) {
      forEachFeature(request, query, row -> gpkg.write(parser.parse(row)));
      tasks.forEachTask(query, gpkg.linkedTaskCodes(), gpkg::writeTask);
      gpkg.finish();
    }
    send(file, download);
  }

  private void shapefiles(ExportRequest request, FeatureQuery query, ExportWorkspace workspace, Download download) {
    Path dir = workspace.folder("shapefiles");
    ExportFeatureParser parser = new ExportFeatureParser(request.crs(), mapper);
    try (ShapefileWriter shp = new ShapefileWriter(dir, request.crs(), request.layers(), query.today())) {
      forEachFeature(request, query, row -> shp.write(parser.parse(row)));
    }
    OutputStream out = download.open();
    ZipWriter zip = new ZipWriter(out);
    zip.folder("", dir);
    zip.finish();
    IoAction.unchecked(out::flush);
  }

  private void workbook(ExportRequest request, FeatureQuery query, ExportWorkspace workspace, Download download) {
    ExportFeatureParser parser = new ExportFeatureParser(request.crs(), mapper);
    try (TaskWorkbookWriter workbook = new TaskWorkbookWriter(workspace.folder("workbook-temp"))) {
      tasks.forEachTask(query, Set.of(), workbook::write);
      forEachFeature(request, query, row -> workbook.writePlace(parser.parse(row)));
      OutputStream out = download.open();
      workbook.finish(out);
      IoAction.unchecked(out::flush);
    }
  }

  private void reviewPack(ExportRequest request, FeatureQuery query, ExportWorkspace workspace, Download download) {
    ExportFeatureParser parser = new ExportFeatureParser(request.crs(), mapper);
    try (ReviewPackWriter pack = new ReviewPackWriter(workspace, request, Instant.now(clock))) {
      forEachFeature(request, query, row -> pack.write(parser.parse(row)));
      tasks.forEachTask(query, pack.linkedTaskCodes(), pack::writeGeoPackageTask);
      tasks.forEachTask(query, Set.of(), pack::writeWorkbookTask);
      OutputStream out = download.open();
      pack.finish(out);
      IoAction.unchecked(out::flush);
    }
  }

  /** The features of each layer in turn, in the layers' drawing order, one cursor at a time. */
  private void forEachFeature(ExportRequest request, FeatureQuery query, Consumer<FeatureRow> consumer) {
    for (FeatureQuery layerQuery : request.layerQueries()) {
      catalog.forEachFeature(layerQuery.page(query.limit(), 0), consumer);
    }
  }

  private static void send(Path file, Download download) {
    OutputStream out = download.open();
    IoAction.unchecked(() -> {
      Files.copy(file, out);
      out.flush();
    });
  }
}

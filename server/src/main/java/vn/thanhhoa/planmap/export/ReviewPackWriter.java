package vn.thanhhoa.planmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.http.IoAction;
import vn.thanhhoa.planmap.layer.LayerInfo;
import vn.thanhhoa.planmap.time.Today;

/**
 * Writes the review pack: one zip holding the GeoPackage, the Shapefiles (under {@code shapefiles/}, with
 * their field-name README), the KML (always WGS84), the tasks workbook and a README.txt that says what
 * the pack is, when it was exported, with which filters, in which CRS, and how far to trust it.
 *
 * <p>Features pass once, into the GeoPackage, the Shapefiles and the KML together, all kept in the export's
 * folder until {@link #finish} zips them to the download.
 */
public final class ReviewPackWriter implements FeatureSink, AutoCloseable {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ExportRequest request;
  private final Instant exportedAt;
  private final Path gpkgFile;
  private final Path shapefiles;
  private final Path kmlFile;
  private final GeoPackageWriter gpkg;
  private final ShapefileWriter shp;
  private final OutputStream kmlStream;
  private final KmlWriter kml;
  private final TaskWorkbookWriter workbook;
  private long features;

  private final Map<String, Integer> byClass = new HashMap<>();

  public ReviewPackWriter(ExportWorkspace workspace, ExportRequest request, Instant exportedAt) {
    this.request = request;
    this.exportedAt = exportedAt;
    this.gpkgFile = workspace.resolve(partName(ExportFormat.GPKG));
    this.shapefiles = workspace.folder("shapefiles");
    this.kmlFile = workspace.resolve(partName(ExportFormat.KML));
    this.gpkg = new GeoPackageWriter(gpkgFile, request.crs(), request.layers());
    this.shp = new ShapefileWriter(shapefiles, request.crs(), request.layers(), request.query().today());
    try {
      this.kmlStream = Files.newOutputStream(kmlFile);
    } catch (IOException e) {
      throw new UncheckedIOException("creating " + kmlFile, e);
    }
    this.kml = new KmlWriter(kmlStream, request.layers(), "planmap — " + request.fileName());
    this.workbook = new TaskWorkbookWriter(workspace.folder("workbook-temp"));
  }

  @Override
  public void write(ExportFeature feature) {
    gpkg.write(feature);
    shp.write(feature);
    kml.write(feature);
    workbook.writePlace(feature);
    byClass.merge(feature.row().accuracyClass(), 1, Integer::sum);
    features++;
  }

  /** The codes of the tasks linked to the features written so far. */
  public Set<String> linkedTaskCodes() {
    return gpkg.linkedTaskCodes();
  }

  /** A row of the GeoPackage's tasks table (the tasks matching the filters and those linked to a feature). */
  public void writeGeoPackageTask(TaskRow task) {
    gpkg.writeTask(task);
  }

  /** A row of the tasks workbook (the tasks matching the filters). */
  public void writeWorkbookTask(TaskRow task) {
    workbook.write(task);
  }

  /** Completes every part and writes the zip to the stream, which stays open. */
  public void finish(OutputStream out) {
    gpkg.finish();
    gpkg.close();
    shp.close();
    kml.finish();
    IoAction.unchecked(kmlStream::close);
    ZipWriter zip = new ZipWriter(out);
    zip.text("README.txt", readme());
    zip.file(gpkgFile.getFileName().toString(), gpkgFile);
    zip.folder("shapefiles/", shapefiles);
    zip.file(kmlFile.getFileName().toString(), kmlFile);
    zip.entry(partName(ExportFormat.XLSX), workbook::finish);
    zip.finish();
  }

  /** Closes every part (their files are deleted with the export's folder). */
  @Override
  public void close() {
    gpkg.close();
    workbook.close();
    try {
      kmlStream.close();
    } catch (IOException e) {
      // the pack failed already; its folder is deleted next
    }
  }

  /** The README of the pack. */
  String readme() {
    String filters = request.parameters().entrySet().stream()
        .filter(e -> ExportRequest.FILTERS.names().contains(e.getKey()) || e.getKey().equals("layers"))
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    StringBuilder s = new StringBuilder();
    s.append("planmap — Gói rà soát / Review pack\n\n");
    s.append("Bản đồ các nhiệm vụ của Chương trình hành động thực hiện Nghị quyết 05-NQ/TU, thành phố Thanh Hóa.\n");
    s.append("The places of the action programme for Resolution 05-NQ/TU, Thanh Hóa city.\n\n");
    s.append("Xuất lúc / Exported: ").append(WHEN.format(exportedAt.atZone(Today.ZONE))).append(" (")
        .append(Today.ZONE).append(")\n");
    s.append("Lớp / Layers: ");
    s.append(request.layers().stream().map(l -> l.id() + " (" + l.titleVi() + ")").collect(Collectors.joining(", ")));
    s.append("\nBộ lọc / Filters: ").append(filters.isEmpty() ? "(không / none)" : filters).append('\n');
    s.append("Số đối tượng / Features: ").append(features).append("; nhiệm vụ / tasks: ").append(workbook.rows())
        .append('\n');
    s.append("Độ chính xác / Accuracy (accuracy_class: số đối tượng / features): ");
    s.append(AccuracyClass.ids().stream().map(c -> c + " " + byClass.getOrDefault(c, 0))
        .collect(Collectors.joining(", "))).append('\n');
    s.append(ExportNotes.crsLine(request.crs())).append('\n');
    s.append("TỆP / FILES\n");
    s.append("- ").append(gpkgFile.getFileName()).append(" — GeoPackage: one table per layer (")
        .append(request.layers().stream().map(LayerInfo::id).collect(Collectors.joining(", ")))
        .append("), the tasks table and the feature_tasks links\n");
    s.append("- shapefiles/ — Shapefiles, one set per layer and geometry type; field names in shapefiles/README.txt\n");
    s.append("- ").append(kmlFile.getFileName()).append(" — KML for Google Earth, always WGS84 (EPSG:4326)\n");
    s.append("- ").append(partName(ExportFormat.XLSX))
        .append(" — the tasks matching the filters, with their places; sheet \"Địa điểm\": every place with"
            + " accuracy_class and accuracy_m (Excel)\n");
    s.append("- README.txt — this file\n\n");
    s.append(ExportNotes.SOURCE_AND_ACCURACY);
    return s.toString();
  }

  private String partName(ExportFormat format) {
    return request.fileName(format, format == ExportFormat.KML ? Crs.WGS84 : request.crs());
  }
}

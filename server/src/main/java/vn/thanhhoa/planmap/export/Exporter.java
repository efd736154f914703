package vn.thanhhoa.planmap.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportWorkspace;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.export.spi.TaskFeed;
import vn.thanhhoa.planmap.http.ProblemException;
import vn.thanhhoa.planmap.layer.FeatureQuery;
import vn.thanhhoa.planmap.layer.LayerCatalog;

/**
 * Carries out one {@link ExportRequest}: checks the feature limit, makes the format's {@link ExportWriter} and
 * drives it through its lifecycle — start, then each layer in drawing order with its features, then finish; abort
 * after any failure. The features come one at a time from a server-side cursor: from {@link ExportFeatures} for the
 * file formats, from {@link LayerCatalog#forEachFeature} (as the items API serves them) for GeoJSON. The tasks come
 * from the {@link TaskSource}.
 *
 * <p>Each export has an {@link ExportWorkspace} for the files that must be complete before they are sent
 * (GeoPackage, Shapefiles, the workbook, the review pack); it is deleted in every case, also when the client
 * goes away mid-download. Memory stays bounded whatever the export's size.
 */
public final class Exporter {
  private final LayerCatalog catalog;
  private final ExportFeatures features;
  private final TaskSource tasks;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Path tempRoot;
  private final long limit;

  /**
   * @param tempRoot the folder under which each export gets its own temporary folder
   * @param limit    the most features one export may hold
   */
  public Exporter(LayerCatalog catalog, ExportFeatures features, TaskSource tasks, ObjectMapper mapper, Clock clock,
      Path tempRoot, long limit) {
    this.catalog = catalog;
    this.features = features;
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
    try (ExportWorkspace workspace = ExportWorkspace.create(tempRoot)) {
      TaskFeed taskFeed = (alsoCodes, consumer) -> tasks.forEachTask(query, alsoCodes, consumer);
      ExportJob job = new ExportJob(request.layers(), request.layerSet(), request.crs(), query.today(),
          Instant.now(clock), "planmap — " + request.fileName(), request.filters(), workspace.folder("out"),
          new DownloadOutput(download), taskFeed, mapper);
      write(request, query, request.format().writer(job));
    }
  }

  private void write(ExportRequest request, FeatureQuery query, ExportWriter writer) {
    ExportFeatures.Reader reader = request.format().reading() == ExportFormat.Reading.ITEMS
        ? (layerQuery, consumer) -> catalog.forEachFeature(layerQuery, row -> consumer.accept(ExportFeature.ofItem(row)))
        : features.reader(query, request.crs());
    boolean finished = false;
    try {
      writer.start();
      List<FeatureQuery> layerQueries = request.layerQueries();
      for (int i = 0; i < layerQueries.size(); i++) {
        writer.layer(request.layers().get(i));
        reader.forEach(layerQueries.get(i).page(query.limit(), 0), writer::feature);
      }
      writer.finish();
      finished = true;
    } finally {
      if (!finished) {
        writer.abort();
      }
    }
  }
}

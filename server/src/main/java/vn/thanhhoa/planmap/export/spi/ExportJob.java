package vn.thanhhoa.planmap.export.spi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.layer.LayerInfo;

/**
 * What a writer is told about its export.
 *
 * @param layers     the exported layers, in drawing order (at least one)
 * @param layerSet   how file names name them: "all", or the layer ids joined by "+"
 * @param crs        the CRS of {@link ExportFeature#geometry()}
 * @param day        the day of the export in Thanh Hóa (timeliness is judged on it; dBASE header date)
 * @param exportedAt when the export started
 * @param title      the document title for formats that have one: "planmap — " and the download's file name
 * @param filters    the request's filters and {@code layers}, as given, by name (for a README)
 * @param folder     an empty folder of the writer's own for its files (deleted after the export)
 * @param output     where the writer sends its result
 * @param tasks      the export's tasks
 * @param mapper     the JSON mapper of the service
 */
public record ExportJob(
    List<LayerInfo> layers,
    String layerSet,
    Crs crs,
    LocalDate day,
    Instant exportedAt,
    String title,
    Map<String, String> filters,
    Path folder,
    ExportOutput output,
    TaskFeed tasks,
    ObjectMapper mapper) {

  /** The name of this export in a format and CRS: the download's name, or a review pack's part. */
  public String fileName(ExportFormat format, Crs partCrs) {
    return format.fileName(layerSet, partCrs, day);
  }

  /** The same job for a part of a composite export: its own folder and output. */
  public ExportJob part(Path partFolder, ExportOutput partOutput) {
    return new ExportJob(layers, layerSet, crs, day, exportedAt, title, filters, partFolder, partOutput, tasks, mapper);
  }
}

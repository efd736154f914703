package vn.thanhhoa.planmap.export;

import java.util.List;
import java.util.Optional;
import vn.thanhhoa.planmap.export.csv.CsvWriter;
import vn.thanhhoa.planmap.export.geojson.GeoJsonWriter;
import vn.thanhhoa.planmap.export.gpkg.GeoPackageWriter;
import vn.thanhhoa.planmap.export.kml.KmlWriter;
import vn.thanhhoa.planmap.export.pack.ReviewPackWriter;
import vn.thanhhoa.planmap.export.shapefile.ShapefileWriter;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.xlsx.TaskWorkbookWriter;

/**
 * The export formats, in the order the API lists them. A new format is a package with a writer and its
 * {@link ExportFormat}, registered by one line here.
 */
public final class ExportFormats {
  /** Every format, in the order of the {@code format} parameter's documentation. */
  public static final List<ExportFormat> ALL = List.of(
      GeoPackageWriter.FORMAT,
      ShapefileWriter.FORMAT,
      KmlWriter.FORMAT,
      GeoJsonWriter.FORMAT,
      CsvWriter.FORMAT,
      TaskWorkbookWriter.FORMAT,
      ReviewPackWriter.FORMAT);

  /** The {@code format} parameter values, in order. */
  public static final List<String> IDS = ALL.stream().map(ExportFormat::id).toList();

  private ExportFormats() {}

  /** The format of a {@code format} parameter value, empty when there is none. */
  public static Optional<ExportFormat> byId(String id) {
    return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}

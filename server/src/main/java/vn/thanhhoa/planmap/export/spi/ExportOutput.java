package vn.thanhhoa.planmap.export.spi;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a writer sends its result: the download, or a part of a review pack. A writer uses exactly one of
 * the three methods, once.
 */
public interface ExportOutput {
  /** The output as one stream, for formats that stream as they write (KML, CSV, GeoJSON). Do not close it. */
  OutputStream stream();

  /** The output is this complete file (GeoPackage, workbook). */
  void file(Path file);

  /** The output is every file of this folder (Shapefiles): a zip when downloaded alone. */
  void folder(Path dir);
}

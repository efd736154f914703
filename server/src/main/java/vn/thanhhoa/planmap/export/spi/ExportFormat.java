package vn.thanhhoa.planmap.export.spi;

import java.time.LocalDate;
import java.util.function.Function;
import vn.thanhhoa.planmap.geo.Crs;

/**
 * One file format of {@code GET /export}: what the request calls it, what the download is called and typed
 * as, and how to make its writer. Each format's package declares its own constant; the list of formats is
 * {@code export.ExportFormats}.
 *
 * @param id          the {@code format} parameter value ({@code gpkg})
 * @param mediaType   the Content-Type of the download
 * @param fileName    the download's file name pattern, with {@code {layers}} ("all", or the layer ids joined by
 *                    "+"), {@code {crs}} (the CRS id) and {@code {day}} (ISO date) in it:
 *                    {@code planmap-{layers}-{crs}-{day}.gpkg}
 * @param projectable false for the formats whose standard fixes WGS84 (KML, GeoJSON)
 * @param reading     how the format reads features
 * @param writers     makes the writer of one export (no I/O before {@link ExportWriter#start})
 */
public record ExportFormat(
    String id,
    String mediaType,
    String fileName,
    boolean projectable,
    Reading reading,
    Function<ExportJob, ExportWriter> writers) {

  /** How a format reads the features. */
  public enum Reading {
    /** As the items API serves them ({@link ExportFeature#item()}): GeoJSON. */
    ITEMS,
    /** Parsed, in the export's CRS, with their linked tasks ({@link ExportFeature}). */
    FEATURES
  }

  /**
   * The download's file name, e.g. {@code planmap-roads+centres-vn2000-thanhhoa-2026-11-27.gpkg}.
   *
   * @param layers "all", or the layer ids joined by "+"
   * @param crs    the CRS of the geometries (left out when the pattern has no {@code {crs}})
   * @param day    the day of the export, in Thanh Hóa
   */
  public String fileName(String layers, Crs crs, LocalDate day) {
    return fileName.replace("{layers}", layers).replace("{crs}", crs.id()).replace("{day}", day.toString());
  }

  /**
   * Whether the download is in a CRS that the request chooses (its name then says which): false for the tasks
   * workbook, which holds no geometry.
   */
  public boolean hasCrs() {
    return fileName.contains("{crs}");
  }

  /** A new writer for the job. */
  public ExportWriter writer(ExportJob job) {
    return writers.apply(job);
  }
}

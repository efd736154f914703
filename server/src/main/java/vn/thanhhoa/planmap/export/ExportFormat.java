package vn.thanhhoa.planmap.export;

import vn.thanhhoa.planmap.geo.Crs;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The file formats of {@code GET /export}, with their media types and file names. A file name says what
 * the file holds and when: {@code planmap-roads+centres-vn2000-thanhhoa-2026-11-27.gpkg}.
 */
public enum ExportFormat {
  /** GeoPackage: a feature table per layer, plus the tasks and the feature–task links. */
  GPKG("gpkg", "application/geopackage+sqlite3", "planmap-%s-%s-%s.gpkg", true),
  /** A zip of Shapefiles, one set per layer and geometry type, with a README of the field names. */
  SHP("shp", "application/zip", "planmap-%s-%s-%s-shp.zip", true),
  /** KML for Google Earth: a folder per layer; always WGS84. */
  KML("kml", "application/vnd.google-earth.kml+xml", "planmap-%s-%s-%s.kml", false),
  /** GeoJSON (RFC 7946): always WGS84. */
  GEOJSON("geojson", "application/geo+json", "planmap-%s-%s-%s.geojson", false),
  /** CSV with the geometry as WKT, UTF-8 with a byte order mark. */
  CSV("csv", "text/csv; charset=utf-8", "planmap-%s-%s-%s.csv", true),
  /** An Excel workbook of the programme's tasks and the places linked to them (no geometry). */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "planmap-tasks-%s-%s.xlsx",
      true),
  /** The review pack: GeoPackage, Shapefiles, KML, the tasks workbook and a README, in one zip. */
  PACK("pack", "application/zip", "planmap-%s-%s-%s-review.zip", true);

  /** The {@code format} parameter values, in declaration order. */
  public static final List<String> IDS = Arrays.stream(values()).map(ExportFormat::id).toList();

  private final String id;
  private final String mediaType;
  private final String fileNamePattern;
  private final boolean projectable;

  ExportFormat(String id, String mediaType, String fileNamePattern, boolean projectable) {
    this.id = id;
    this.mediaType = mediaType;
    this.fileNamePattern = fileNamePattern;
    this.projectable = projectable;
  }

  /** The {@code format} parameter value. */
  public String id() {
    return id;
  }

  /** The Content-Type of the download. */
  public String mediaType() {
    return mediaType;
  }

  /** False for the formats whose standard fixes WGS84 (KML, GeoJSON). */
  public boolean projectable() {
    return projectable;
  }

  /**
   * The download's file name.
   *
   * @param layers "all", or the layer ids joined by "+"
   * @param crs    the CRS of the geometries (left out of the tasks workbook's name, which has none)
   * @param day    the day of the export, in Thanh Hóa
   */
  public String fileName(String layers, Crs crs, LocalDate day) {
    if (this == XLSX) {
      return fileNamePattern.formatted(layers, day);
    }
    return fileNamePattern.formatted(layers, crs.id(), day);
  }

  /** The constant for a {@code format} parameter value, null when there is none. */
  public static ExportFormat byId(String id) {
    for (ExportFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    return null;
  }
}

package vn.thanhhoa.planmap.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The file formats planmap imports, told apart by the file name's extension and checked against the
 * file's first bytes; each read by GDAL's driver of that name.
 */
public enum ImportFormat {
  GEOPACKAGE("GeoPackage", "GPKG", List.of("gpkg"), true),
  SHAPEFILE("Shapefile", "ESRI Shapefile", List.of("zip"), true),
  KML("KML", "KML", List.of("kml"), true),
  KMZ("KMZ", "KML", List.of("kmz"), true),
  GEOJSON("GeoJSON", "GeoJSON", List.of("geojson", "json"), true),
  DXF("DXF", "DXF", List.of("dxf"), false),
  CSV("CSV", "CSV", List.of("csv"), false);

  /** The extensions accepted, for error messages. */
  public static final List<String> EXTENSIONS =
      Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();

  private final String title;
  private final String driver;
  private final List<String> extensions;
  private final boolean carriesCrs;

  ImportFormat(String title, String driver, List<String> extensions, boolean carriesCrs) {
    this.title = title;
    this.driver = driver;
    this.extensions = extensions;
    this.carriesCrs = carriesCrs;
  }

  /** The name people know the format by ("GeoPackage", "Shapefile" …). */
  public String title() {
    return title;
  }

  /** The id used in the API ({@code geopackage}, {@code shapefile}, {@code kml} …). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** GDAL's driver name, as {@code ogrinfo} prints it. */
  String driver() {
    return driver;
  }

  /**
   * Whether the format states its CRS (GeoPackage, a Shapefile's {@code .prj}, KML and GeoJSON are WGS84);
   * DXF and CSV never do, so the editor chooses.
   */
  public boolean carriesCrs() {
    return carriesCrs;
  }

  /** The format of a file by its name's extension, null when none fits. */
  public static ImportFormat byFilename(String filename) {
    int dot = filename.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String ext = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ImportFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return f;
      }
    }
    return null;
  }

  /** Whether the file's first bytes fit the format (zip-based and SQLite formats have signatures). */
  boolean fits(byte[] head) {
    return switch (this) {
      case GEOPACKAGE -> startsWith(head, "SQLite format 3\0");
      case SHAPEFILE, KMZ -> startsWith(head, "PK\u0003\u0004");
      case DXF -> startsWith(head, "AutoCAD Binary DXF") || isText(head);
      case KML, GEOJSON, CSV -> isText(head);
    };
  }

  private static boolean isText(byte[] head) {
    return !startsWith(head, "PK\u0003\u0004") && !startsWith(head, "SQLite format 3\0")
        && !containsNul(head);
  }

  private static boolean startsWith(byte[] head, String magic) {
    if (head.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsNul(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}

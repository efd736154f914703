package vn.thanhhoa.planmap.geo;

import java.util.Arrays;
import java.util.List;

/**
 * The coordinate systems an export can be written in. planmap stores WGS84; the VN-2000 systems are
 * reached with the official 7-parameter datum shift VN-2000 → WGS84 (EPSG:6960, about 1 m), written in
 * {@code +towgs84} in the position-vector convention exactly as the EPSG registry gives it.
 *
 * <p>Each constant carries its EPSG code, its PROJ.4 definition (what {@link CoordinateTransformer} uses),
 * its ESRI WKT (for Shapefile {@code .prj} files) and its OGC WKT 1 with {@code TOWGS84} (for the
 * GeoPackage {@code gpkg_spatial_ref_sys} table).
 */
public enum Crs {
  /** WGS84 longitude/latitude in degrees (EPSG:4326), the CRS planmap stores. */
  WGS84("wgs84", 4326, "WGS 84", 7,
      "+proj=longlat +datum=WGS84 +no_defs",
      "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
          + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]",
      "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
          + "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
          + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
          + "AUTHORITY[\"EPSG\",\"4326\"]]"),

  /** VN-2000 / UTM zone 48N (EPSG:3405): easting/northing in metres, central meridian 105°E, k 0.9996. */
  VN2000_UTM48("vn2000-utm48", 3405, "VN-2000 / UTM zone 48N", 2,
      "+proj=tmerc +lat_0=0 +lon_0=105 +k=0.9996 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=" + Crs.TOWGS84
          + " +units=m +no_defs",
      esri("VN_2000_UTM_Zone_48N", "0.9996"),
      ogc("VN-2000 / UTM zone 48N", "0.9996", 3405)),

  /**
   * VN-2000 / TM-3 zone 482 (EPSG:5897), Thanh Hóa's provincial (cadastral) system: central meridian
   * 105°00′, k 0.9999, metres.
   */
  VN2000_THANHHOA("vn2000-thanhhoa", 5897, "VN-2000 / TM-3 zone 482", 2,
      "+proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=" + Crs.TOWGS84
          + " +units=m +no_defs",
      esri("VN_2000_TM-3_zone_482", "0.9999"),
      ogc("VN-2000 / TM-3 zone 482", "0.9999", 5897));

  /** EPSG:6960 VN-2000 → WGS84, position-vector convention: dx, dy, dz (m), rx, ry, rz (″), ds (ppm). */
  static final String TOWGS84 =
      "-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278";

  /** The {@code crs} parameter values, in declaration order. */
  public static final List<String> IDS = Arrays.stream(values()).map(Crs::id).toList();

  private final String id;
  private final int epsg;
  private final String title;
  private final int decimals;
  private final String proj4;
  private final String esriWkt;
  private final String ogcWkt;

  Crs(String id, int epsg, String title, int decimals, String proj4, String esriWkt, String ogcWkt) {
    this.id = id;
    this.epsg = epsg;
    this.title = title;
    this.decimals = decimals;
    this.proj4 = proj4;
    this.esriWkt = esriWkt;
    this.ogcWkt = ogcWkt;
  }

  /** The {@code crs} parameter value, also used in file names ({@code wgs84}, {@code vn2000-utm48} …). */
  public String id() {
    return id;
  }

  /** The EPSG code. */
  public int epsg() {
    return epsg;
  }

  /** The EPSG name, e.g. "VN-2000 / TM-3 zone 482". */
  public String title() {
    return title;
  }

  /** Decimals kept on output coordinates: 7 for degrees (about 1 cm), 2 for metres (1 cm). */
  public int decimals() {
    return decimals;
  }

  /** The PROJ.4 definition. */
  public String proj4() {
    return proj4;
  }

  /** ESRI WKT, as Shapefile {@code .prj} files hold it (no datum shift: ESRI names the datum instead). */
  public String esriWkt() {
    return esriWkt;
  }

  /** OGC WKT 1 with AUTHORITY codes and, for VN-2000, the TOWGS84 datum shift. */
  public String ogcWkt() {
    return ogcWkt;
  }

  /** The constant for a {@code crs} parameter value, null when there is none. */
  public static Crs byId(String id) {
    for (Crs c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** The constant with this EPSG code, null when there is none. */
  public static Crs byEpsg(int code) {
    for (Crs c : values()) {
      if (c.epsg == code) {
        return c;
      }
    }
    return null;
  }

  private static String esri(String name, String scale) {
    return "PROJCS[\"" + name + "\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,"
        + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
        + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\","
        + scale + "],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
  }

  private static String ogc(String name, String scale, int epsg) {
    return "PROJCS[\"" + name + "\",GEOGCS[\"VN-2000\",DATUM[\"Vietnam_2000\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
        + "AUTHORITY[\"EPSG\",\"7030\"]],TOWGS84[" + TOWGS84 + "],AUTHORITY[\"EPSG\",\"6756\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
        + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4756\"]],PROJECTION[\"Transverse_Mercator\"],"
        + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",105],PARAMETER[\"scale_factor\","
        + scale + "],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],"
        + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
        + "AUTHORITY[\"EPSG\",\"" + epsg + "\"]]";
  }
}

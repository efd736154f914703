package vn.thanhhoa.planmap.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinate reference system as OGC API – Features Part 2 names it: a {@link Crs} plus its axis order.
 * Two references share {@link Crs#WGS84}: CRS84 (longitude, latitude, as GeoJSON writes) and EPSG:4326
 * (latitude first, as the EPSG registry defines it).
 *
 * <p>{@link #parse(String)} reads the forms GIS users write: the OGC URI
 * ({@code http://www.opengis.net/def/crs/EPSG/0/5897}), its safe CURIE ({@code [EPSG:5897]}),
 * {@code EPSG:5897}, {@code CRS84} / {@code OGC:CRS84}, and planmap's own export names
 * ({@code wgs84}, {@code vn2000-utm48}, {@code vn2000-thanhhoa}).
 *
 * @param crs           the coordinate system (datum, projection, decimals)
 * @param latitudeFirst true for EPSG:4326: positions are written (latitude, longitude)
 * @param uri           the OGC URI, as Part 2's {@code crs}, {@code storageCrs} and {@code Content-Crs} name it
 */
public record CrsReference(Crs crs, boolean latitudeFirst, String uri) {
  private static final String EPSG_URI = "http://www.opengis.net/def/crs/EPSG/0/";
  /** WGS84 longitude/latitude: the CRS planmap stores and GeoJSON's default. */
  public static final CrsReference CRS84 =
      new CrsReference(Crs.WGS84, false, "http://www.opengis.net/def/crs/OGC/1.3/CRS84");
  /** WGS84 latitude/longitude (EPSG:4326 with its registered axis order). */
  public static final CrsReference EPSG_4326 = new CrsReference(Crs.WGS84, true, EPSG_URI + "4326");
  /** VN-2000 / UTM zone 48N, easting/northing in metres. */
  public static final CrsReference EPSG_3405 = new CrsReference(Crs.VN2000_UTM48, false, EPSG_URI + "3405");
  /** VN-2000 / TM-3 zone 482 (Thanh Hóa), easting/northing in metres. */
  public static final CrsReference EPSG_5897 = new CrsReference(Crs.VN2000_THANHHOA, false, EPSG_URI + "5897");
  /** Every CRS the API serves, CRS84 first (the default). */
  public static final List<CrsReference> ALL = List.of(CRS84, EPSG_4326, EPSG_3405, EPSG_5897);
  /** The URIs of {@link #ALL}, in order. */
  public static final List<String> URIS = ALL.stream().map(CrsReference::uri).toList();

  private static final Pattern EPSG = Pattern.compile(
      "^(?:https?://www\\.opengis\\.net/def/crs/epsg/0/|\\[?epsg:(?:0:)?|urn:ogc:def:crs:epsg:[0-9.]*:)(\\d+)\\]?$");
  private static final Pattern OGC_CRS84 = Pattern.compile(
      "^(?:https?://www\\.opengis\\.net/def/crs/ogc/1\\.3/crs84|\\[?ogc:crs84\\]?|crs84|urn:ogc:def:crs:ogc:1\\.3:crs84)$");

  /** The reference a text names, empty when it names none planmap serves. */
  public static Optional<CrsReference> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (OGC_CRS84.matcher(t).matches()) {
      return Optional.of(CRS84);
    }
    Matcher m = EPSG.matcher(t);
    if (m.matches()) {
      int code = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
      return ALL.stream().filter(r -> r.crs.epsg() == code && r != CRS84).findFirst();
    }
    Crs own = Crs.byId(t);
    if (own == null) {
      return Optional.empty();
    }
    return Optional.of(own == Crs.WGS84 ? CRS84 : ALL.stream().filter(r -> r.crs == own).findFirst().orElseThrow());
  }

  /** The written (x, y) of a position given as (east, north): swapped for latitude-first systems. */
  public double[] axes(double east, double north) {
    return latitudeFirst ? new double[] {north, east} : new double[] {east, north};
  }

  /** The safe CURIE, e.g. {@code [EPSG:5897]} or {@code [OGC:CRS84]}. */
  public String curie() {
    return this == CRS84 || (crs == Crs.WGS84 && !latitudeFirst) ? "[OGC:CRS84]" : "[EPSG:" + crs.epsg() + "]";
  }
}

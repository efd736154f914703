package vn.thanhhoa.planmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * WGS84 → VN-2000 against control values computed independently with PROJ 9.1.1's {@code cs2cs} (EPSG
 * database, which picks EPSG:6960 for the datum shift; input in EPSG:4326 axis order, latitude first):
 *
 * <pre>
 * printf '19.80750 105.77639\n19.85 105.78\n19.80 105.83\n19.73 105.65\n' | cs2cs -f %.3f EPSG:4326 EPSG:5897
 * printf '19.80750 105.77639\n19.85 105.78\n19.80 105.83\n19.73 105.65\n' | cs2cs -f %.3f EPSG:4326 EPSG:3405
 * </pre>
 *
 * The same numbers come out of {@code cs2cs +proj=longlat +datum=WGS84 +no_defs +to <Crs.proj4()>} with
 * longitude first, so the PROJ.4 strings of {@link Crs} match the EPSG definitions.
 */
class CoordinateTransformerTest {
  private static final double TOLERANCE_M = 0.1;

  @ParameterizedTest(name = "{0}: {1} N {2} E -> E {4} N {5}")
  @CsvSource({
      // place,                               lat,     lon,       crs,            easting,    northing
      "Hạc Thành (reference worked example), 19.80750, 105.77639, VN2000_THANHHOA, 581142.849, 2191132.267",
      "Nguyệt Viên (north bank),            19.85,    105.78,    VN2000_THANHHOA, 581499.341, 2195838.698",
      "Quảng Phú (east),                    19.80,    105.83,    VN2000_THANHHOA, 586763.686, 2190328.707",
      "Đông Sơn (south-west),               19.73,    105.65,    VN2000_THANHHOA, 567934.003, 2182497.512",
      "Hạc Thành (reference worked example), 19.80750, 105.77639, VN2000_UTM48,    581118.504, 2190474.862",
      "Nguyệt Viên (north bank),            19.85,    105.78,    VN2000_UTM48,    581474.889, 2195179.880",
      "Quảng Phú (east),                    19.80,    105.83,    VN2000_UTM48,    586737.654, 2189671.543",
      "Đông Sơn (south-west),               19.73,    105.65,    VN2000_UTM48,    567913.621, 2181842.698",
  })
  void transformsWgs84ToVn2000WithinATenthOfAMetre(String place, double lat, double lon, Crs crs, double easting,
      double northing) {
    double[] xy = new CoordinateTransformer(crs).transform(lon, lat);
    assertEquals(easting, xy[0], TOLERANCE_M, place + " easting");
    assertEquals(northing, xy[1], TOLERANCE_M, place + " northing");
  }

  @ParameterizedTest(name = "{0}: E {4} N {5} in {3} -> {1} N {2} E")
  @CsvSource({
      "Hạc Thành (reference worked example), 19.80750, 105.77639, VN2000_THANHHOA, 581142.849, 2191132.267",
      "Đông Sơn (south-west),               19.73,    105.65,    VN2000_THANHHOA, 567934.003, 2182497.512",
      "Quảng Phú (east),                    19.80,    105.83,    VN2000_UTM48,    586737.654, 2189671.543",
  })
  void transformsVn2000BackToWgs84WithinATenthOfAMetre(String place, double lat, double lon, Crs crs,
      double easting, double northing) {
    double[] lonLat = new CoordinateTransformer(crs).toWgs84(easting, northing);
    // 0.1 m is about 1e-6 degrees of latitude and 1.05e-6 degrees of longitude here
    assertEquals(lon, lonLat[0], 1.0e-6, place + " longitude");
    assertEquals(lat, lonLat[1], 1.0e-6, place + " latitude");
  }

  @ParameterizedTest(name = "{0}: E {4} N {5} -> {1} N {2} E")
  @CsvSource({
      "Hạc Thành, 19.80750, 105.77639, VN2000_THANHHOA, 581142.849, 2191132.267",
      "Đông Sơn,  19.73,    105.65,    VN2000_THANHHOA, 567934.003, 2182497.512",
      "Quảng Phú, 19.80,    105.83,    VN2000_UTM48,    586737.654, 2189671.543",
  })
  void inverseTransformerMovesVn2000BackToWgs84WithinATenthOfAMetre(String place, double lat, double lon, Crs crs,
      double easting, double northing) {
    double[] lonLat = CoordinateTransformer.toWgs84(crs).transform(easting, northing);
    double metresPerDegree = 111_320;
    assertEquals(lat, lonLat[1], 0.1 / metresPerDegree, place + " latitude");
    assertEquals(lon, lonLat[0], 0.1 / (metresPerDegree * Math.cos(Math.toRadians(lat))), place + " longitude");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "EPSG:5897, VN2000_THANHHOA",
      "epsg:3405, VN2000_UTM48",
      "urn:ogc:def:crs:EPSG::5897, VN2000_THANHHOA",
      "http://www.opengis.net/def/crs/EPSG/0/3405, VN2000_UTM48",
      "http://www.opengis.net/def/crs/OGC/1.3/CRS84, WGS84",
      "EPSG:4326, WGS84",
      "vn2000-thanhhoa, VN2000_THANHHOA",
  })
  void parsesCrsReferences(String reference, Crs expected) {
    assertEquals(expected, CrsReference.parse(reference).map(CrsReference::crs).orElse(null));
  }

  @ParameterizedTest
  @CsvSource({"EPSG:32648", "EPSG:", "5897", "urn:ogc:def:crs:EPSG::abc", "http://example.com/5897"})
  void unknownCrsReferencesParseToNull(String reference) {
    assertEquals(null, CrsReference.parse(reference).map(CrsReference::crs).orElse(null));
  }

  @Test
  void transformsEveryVertexOfAGeometryAndSetsTheSrid() {
    GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326);
    Geometry line = gf.createLineString(new Coordinate[] {new Coordinate(105.77639, 19.80750),
        new Coordinate(105.83, 19.80)});
    Geometry out = new CoordinateTransformer(Crs.VN2000_THANHHOA).transform(line);
    assertEquals(5897, out.getSRID());
    assertEquals(581142.85, out.getCoordinates()[0].x, 0.01);
    assertEquals(2190328.71, out.getCoordinates()[1].y, 0.01);
    assertEquals(105.77639, line.getCoordinates()[0].x, 0, "the source geometry is left alone");
  }

  @Test
  void wgs84IsKeptToSevenDecimals() {
    double[] xy = new CoordinateTransformer(Crs.WGS84).transform(105.776391234, 19.8075);
    assertEquals(105.7763912, xy[0], 0);
    assertEquals(19.8075, xy[1], 0);
  }
}
